// The webhook delivery thread's entry: registers tsx in the thread (Node 20 does not run a
// thread's entry through the loader the server started with), then loads delivery-thread.ts.
import { register } from 'tsx/esm/api'

register()
await import('./delivery-thread.ts')
