import { type QueryRunner, Table, type TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/** Column builders shared by migrations, so both databases get the same schema from one description. */
export function isPg(qr: QueryRunner): boolean {
  return qr.connection.options.type === 'postgres';
}

export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
  ref: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '36',
    isNullable: nullable,
  }),
  str: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  int: (name: string, nullable = false, dflt?: number): TableColumnOptions => ({
    name,
    type: 'integer',
    isNullable: nullable,
    default: dflt,
  }),
  bool: (name: string, dflt: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    isNullable: false,
    default: dflt,
  }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
};

export function instant(qr: QueryRunner, name: string, nullable = false): TableColumnOptions {
  return { name, type: isPg(qr) ? 'timestamptz' : 'datetime', isNullable: nullable };
}

export async function createTable(
  qr: QueryRunner,
  name: string,
  columns: TableColumnOptions[],
  opts: {
    foreignKeys?: { columns: string[]; table: string; refColumns?: string[]; onDelete?: string }[];
    indices?: { columns: string[]; unique?: boolean; name?: string; where?: string }[];
  } = {},
): Promise<void> {
  await qr.createTable(
    new Table({
      name,
      columns,
      foreignKeys: (opts.foreignKeys ?? []).map(
        (fk) =>
          new TableForeignKey({
            columnNames: fk.columns,
            referencedTableName: fk.table,
            referencedColumnNames: fk.refColumns ?? ['id'],
            onDelete: fk.onDelete ?? 'RESTRICT',
          }),
      ),
      indices: (opts.indices ?? []).map(
        (ix) =>
          new TableIndex({
            name: ix.name ?? `ix_${name}_${ix.columns.join('_')}`,
            columnNames: ix.columns,
            isUnique: ix.unique ?? false,
            where: ix.where,
          }),
      ),
    }),
  );
}

/** Makes a table append-only on both databases: UPDATE and DELETE raise an error. */
export async function makeAppendOnly(qr: QueryRunner, table: string): Promise<void> {
  if (isPg(qr)) {
    await qr.query(`CREATE OR REPLACE FUNCTION tiepdan_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql`);
    await qr.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION tiepdan_append_only()`);
  } else {
    await qr.query(
      `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
    );
    await qr.query(
      `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
    );
  }
}
