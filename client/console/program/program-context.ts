// The program a program page is about, provided by ProgramLayout to its tabs once it has loaded.
// Tabs read it from here rather than asking for it again: a second createAsync of the same cached
// query, started during the tab's navigation, stayed undefined after an in-app navigation (the
// dashboard then never loaded).
import { createContext, useContext, type Accessor } from 'solid-js'
import type { Program } from '../api/programs'

export const ProgramContext = createContext<Accessor<Program>>()

export function useProgram(): Accessor<Program> {
  const program = useContext(ProgramContext)
  if (!program) throw new Error('useProgram() outside a program page')
  return program
}
