// The nodes in which a case is open (accepted and not yet closed), over every declared case type.
import { sql } from 'drizzle-orm';
import { CASE_TYPES } from '../../../domain/casetypes/registry';

export const OPEN_NODES: readonly string[] = [
  ...new Set(
    Object.values(CASE_TYPES).flatMap((t) => t.nodes.filter((n) => !t.terminal.includes(n) && !t.filingNodes.includes(n))),
  ),
];

export const OPEN_NODES_SQL = sql`(${sql.join(
  OPEN_NODES.map((n) => sql`${n}`),
  sql`, `,
)})`;
