// The response writer thread's entry. Node 20 does not run a thread's entry module through the
// tsx loader the server was started with, so this plain module registers tsx in the thread and
// then loads the TypeScript writer (writer-thread.ts).
import { register } from 'tsx/esm/api'

register()
await import('./writer-thread.ts')
