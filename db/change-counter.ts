// Counts this process's writes to chosen tables through a Kysely instance: what SQLite's
// total_changes() tells the submission path on SQLite (a console change to a link or a new
// version must apply to the very next submission), for PostgreSQL. Writes by other instances are
// not seen: cached rows there live by time alone (a second).
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely'

function tableOf(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined
  const n = node as {
    kind: string
    table?: OperationNode
    node?: OperationNode
    identifier?: { name: string }
  }
  if (n.kind === 'TableNode')
    return (n as unknown as { table: { identifier: { name: string } } }).table.identifier.name
  if (n.kind === 'AliasNode') return tableOf(n.node)
  return undefined
}

export class ChangeCounter implements KyselyPlugin {
  count = 0

  constructor(private readonly tables: ReadonlySet<string>) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node as {
      kind: string
      into?: OperationNode
      table?: OperationNode
      from?: { froms: OperationNode[] }
    }
    const table =
      node.kind === 'InsertQueryNode'
        ? tableOf(node.into)
        : node.kind === 'UpdateQueryNode'
          ? tableOf(node.table)
          : node.kind === 'DeleteQueryNode'
            ? tableOf(node.from?.froms[0])
            : undefined
    if (table && this.tables.has(table)) this.count++
    return args.node
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result
  }
}
