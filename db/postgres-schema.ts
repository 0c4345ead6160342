// The migrations are written once, for both dialects; this Kysely plugin adapts their DDL to
// PostgreSQL as they run: `real` (SQLite's 8-byte float) becomes `double precision` (PostgreSQL's
// `real` is 4 bytes, and sums must agree to the last digit), an auto-incremented integer key
// becomes `serial`, and SQLite's `without rowid` table option is dropped (PostgreSQL tables are
// heaps with a separate primary-key index either way).
import {
  DataTypeNode,
  OperationNodeTransformer,
  type ColumnDefinitionNode,
  type CreateTableNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely'

class PostgresSchemaTransformer extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node)
    if (column.autoIncrement) {
      return { ...column, autoIncrement: false, dataType: DataTypeNode.create('serial') }
    }
    return column
  }

  protected override transformDataType(node: DataTypeNode): DataTypeNode {
    return node.dataType === 'real' ? DataTypeNode.create('double precision') : node
  }

  protected override transformCreateTable(node: CreateTableNode): CreateTableNode {
    const table = super.transformCreateTable(node)
    const endModifiers = table.endModifiers?.filter((m) => !isWithoutRowid(m))
    return { ...table, endModifiers }
  }
}

function isWithoutRowid(node: unknown): boolean {
  const raw = node as { kind?: string; sqlFragments?: readonly string[] }
  return raw.kind === 'RawNode' && (raw.sqlFragments ?? []).join('').trim() === 'without rowid'
}

export class PostgresSchemaPlugin implements KyselyPlugin {
  readonly #transformer = new PostgresSchemaTransformer()

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node)
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result
  }
}
