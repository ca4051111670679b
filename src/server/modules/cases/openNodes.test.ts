import { expect, test } from 'vitest';
import { OPEN_NODE_LIST } from '../../db/schema/cases';
import { OPEN_NODES } from './openNodes';

test("the open-case indexes' predicate lists exactly the open nodes of the declared case types", () => {
  expect([...OPEN_NODE_LIST].sort()).toEqual([...OPEN_NODES].sort());
});
