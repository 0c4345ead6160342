// The response writer thread's entry. Node 20 does not run a thread's entry module through the
// tsx loader the server was started with, so this plain module registers tsx in the thread and
// then loads the TypeScript writer (write-worker.ts).
import { register } from 'tsx/esm/api'

register()
await import('./write-worker.ts')
