// Group commit: concurrent submissions wait in a queue and are written together by one
// synchronous batch write (one transaction, one durable fsync), so the cost of a commit is shared
// by everyone who arrived while the previous batch was being written.

export interface GroupCommitOptions<T, R> {
  /** Writes the items in one transaction and answers one result per item, in order; may throw. */
  write(items: T[]): R[]
  /** Flush at once when this many are queued (default 256); otherwise on the next turn. */
  maxBatch?: number
}

interface Waiting<T, R> {
  item: T
  resolve(result: R): void
  reject(error: unknown): void
}

export interface GroupCommit<T, R> {
  /** Queues an item; resolves with its result once its batch has committed. */
  submit(item: T): Promise<R>
  /** Writes everything queued now. */
  flush(): void
  /** Items waiting for the next batch. */
  readonly pending: number
}

/**
 * A queue that batches `submit` calls into `write` calls. The batch is flushed after the current
 * turn of the event loop (setImmediate, so every request already read joins it) or as soon as
 * `maxBatch` items wait. When a batch throws, its items are retried one by one so that a bad item
 * fails alone; each caller is resolved or rejected only after its own write returned.
 */
export function createGroupCommit<T, R>(options: GroupCommitOptions<T, R>): GroupCommit<T, R> {
  const maxBatch = options.maxBatch ?? 256
  let queue: Waiting<T, R>[] = []
  let scheduled = false

  const settle = (batch: Waiting<T, R>[]) => {
    let results: R[]
    try {
      results = options.write(batch.map((w) => w.item))
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error)
      for (const w of batch) settle([w])
      return
    }
    batch.forEach((w, i) => w.resolve(results[i]!))
  }

  const flush = () => {
    scheduled = false
    while (queue.length > 0) {
      const batch = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue
      if (batch === queue) queue = []
      settle(batch)
    }
  }

  return {
    submit(item) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject })
        if (queue.length >= maxBatch) flush()
        else if (!scheduled) {
          scheduled = true
          setImmediate(flush)
        }
      })
    },
    flush,
    get pending() {
      return queue.length
    },
  }
}
