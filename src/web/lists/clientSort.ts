// Sorters for tables that hold their whole list in the browser (e.g. the courts): text in Chinese collation order.
const COLLATOR = new Intl.Collator('zh-CN', { numeric: true });

/** An antd `sorter` comparing one field as text (null and undefined last in ascending order). */
export function byField<T>(field: keyof T) {
  return (a: T, b: T) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return COLLATOR.compare(String(x), String(y));
  };
}
