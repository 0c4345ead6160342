// Which programs' public figures may have changed. Services report the writes that public results
// depend on (a stored response, a follow-up, a publication, an approved comment); the public
// results cache listens and recomputes a program only after something of it changed, so a busy
// results page or TV view costs no aggregate flush while nothing new arrives.

export interface ProgramChanges {
  /** Reports that something of `programId` that public results show may have changed. */
  changed(programId: number): void
  /** Calls `listener` with each changed program id; answers the function that stops it. */
  subscribe(listener: (programId: number) => void): () => void
}

export function createProgramChanges(): ProgramChanges {
  const listeners = new Set<(programId: number) => void>()
  return {
    changed(programId) {
      for (const listener of listeners) listener(programId)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
