// Chinese full-text search by character bigrams (STACK-NOTES): a tsvector of overlapping two-character lexemes with
// positions, computed by cf_bigrams() (migration 0009) in generated columns and matched with phrase tsqueries.
import { customType } from 'drizzle-orm/pg-core';

export const bigramTsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });
