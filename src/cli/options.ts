// Command-line options: `--name value` pairs taken out of the argument list (what remains are the positionals).
export function option(args: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1]) out.push(args.splice(i--, 2)[1]!);
  return out;
}

/** A non-negative integer option, or null when it is malformed. */
export function intOption(args: string[], name: string): number | null | undefined {
  const [v] = option(args, name);
  if (v === undefined) return undefined;
  return /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : null;
}
