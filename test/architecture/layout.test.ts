// The layout rules of STYLE.md, checked on the source tree: dependencies between feature folders
// point one way, only services and small exported queries cross them, route files reach the data
// through services, the aggregates module alone touches the aggregate tables, and files stay small.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const FEATURES = join(ROOT, 'server/features')

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path, ext)
    return ext.test(name) ? [path] : []
  })
}

const serverFiles = filesUnder(join(ROOT, 'server'), /\.ts$/)
const rel = (path: string) => relative(ROOT, path)

/** The relative imports of a file, resolved to paths without extension. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!)
  return specifiers.map((s) => resolve(dirname(path), s).replace(/\.(ts|mjs)$/, ''))
}

/** The feature folder a path is in, or null. */
const featureOf = (path: string) =>
  path.startsWith(FEATURES + '/') ? relative(FEATURES, path).split('/')[0]! : null

const featureImports = serverFiles.flatMap((file) =>
  importsOf(file)
    .filter((target) => featureOf(target) && featureOf(file) !== featureOf(target))
    .map((target) => ({ file, target })),
)

describe('the feature folders', () => {
  it('never import another feature’s repository', () => {
    const offending = featureImports
      .filter(({ target }) => /\/repository$/.test(target))
      .map(({ file, target }) => `${rel(file)} -> ${rel(target)}`)
    expect(offending).toEqual([])
  })

  it('never import each other both ways', () => {
    const edges = new Set(
      featureImports.map(({ file, target }) => `${featureOf(file)}>${featureOf(target)}`),
    )
    const pairs = [...edges]
      .map((e) => e.split('>') as [string, string])
      .filter(([a, b]) => a < b && edges.has(`${b}>${a}`))
      .map(([a, b]) => `${a} <-> ${b}`)
    expect(pairs).toEqual([])
  })

  it('keep aggregates at the bottom: it imports no other feature', () => {
    const offending = featureImports
      .filter(({ file }) => featureOf(file) === 'aggregates')
      .map(({ file, target }) => `${rel(file)} -> ${rel(target)}`)
    expect(offending).toEqual([])
  })

  it('have route files that call services, never a repository', () => {
    const offending = serverFiles
      .filter((file) => file.endsWith('/routes.ts'))
      .flatMap((file) =>
        importsOf(file)
          .filter((t) => /\/repository$/.test(t))
          .map((t) => `${rel(file)} -> ${rel(t)}`),
      )
    expect(offending).toEqual([])
  })
})

describe('the aggregate tables', () => {
  const TABLE = /\bagg_[a-z_]+\b|\bresponse_segments\b/
  it('are read and written only by server/features/aggregates', () => {
    const offending = serverFiles
      .filter((file) => !file.startsWith(join(FEATURES, 'aggregates') + '/'))
      .filter((file) => {
        // Comments may name the tables; code may not.
        const code = readFileSync(file, 'utf8')
          .replace(/\/\/.*$/gm, '')
          .replace(/\/\*[\s\S]*?\*\//g, '')
        return TABLE.test(code)
      })
      .map(rel)
    expect(offending).toEqual([])
  })

  it('are settled by services, not by middleware that knows URLs', () => {
    const app = readFileSync(join(ROOT, 'server/app.ts'), 'utf8')
    expect(app).not.toMatch(/settle/)
    const http = filesUnder(join(ROOT, 'server/http'), /\.ts$/)
    for (const file of http) expect(readFileSync(file, 'utf8'), rel(file)).not.toMatch(/features\//)
  })
})

describe('source files', () => {
  it('are at most 300 lines each', () => {
    const sources = ['server', 'client', 'db'].flatMap((dir) =>
      filesUnder(join(ROOT, dir), /\.tsx?$/),
    )
    const long = sources
      .map((file) => ({
        file: rel(file),
        lines: readFileSync(file, 'utf8').split('\n').length - 1,
      }))
      .filter((f) => f.lines > 300)
    expect(long).toEqual([])
  })
})
