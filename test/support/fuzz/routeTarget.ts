// Fuzz targets from the OpenAPI document: each operation's path and query parameters and JSON body give the
// arbitraries; a plan per route says who calls it and which real ids get the request past "not found".
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { acceptLanguage, brokenBodies, jsonBody, pathSegment, queryString, segmentText, type Parameter } from './bodies';
import { CaseAt, CaseRef, resolveRefs } from './caseRefs';
import type { FuzzTarget } from './fuzzRun';
import type { FuzzBody, FuzzRequest } from './fuzzRequest';
import type { FuzzWorld } from './fuzzWorld';
import { arbitraryFor, type Hints, type JsonSchema } from './schemaArbitrary';

export interface Operation {
  /** "METHOD /path/{param}", as the tests are named. */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}

/** The committed OpenAPI document (`npm run check` fails when it is behind the routes). */
export function openApiOperations(): Operation[] {
  const doc = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as { paths: Record<string, Record<string, any>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => ({
      key: `${m.toUpperCase()} ${path}`,
      method: m.toUpperCase(),
      path,
      parameters: (op.parameters ?? []) as Parameter[],
      ...(op.requestBody?.content?.['application/json'] ? { body: op.requestBody.content['application/json'].schema as JsonSchema } : {}),
    })),
  );
}

export interface RoutePlan {
  /** Who sends it (demo usernames; null: anonymous), one picked per run. */
  actors: (string | null)[];
  /** Realistic values of path parameters (a CaseAt names the case standing at a node). */
  params?: (w: FuzzWorld) => Record<string, fc.Arbitrary<unknown>>;
  /** Realistic values of body and query fields, by name. */
  hints?: (w: FuzzWorld) => Hints;
  /** The body, when not JSON from the schema (multipart uploads). */
  body?: (w: FuzzWorld) => fc.Arbitrary<FuzzBody>;
  /** Runs once before the fuzzing, e.g. to make the rows the route acts on. */
  prepare?: (w: FuzzWorld) => Promise<void>;
  /** Relative number of runs. */
  weight?: number;
}

interface Generated {
  actor: string | null;
  language: string | undefined;
  params: Record<string, unknown>;
  query: string;
  body: FuzzBody;
}

export function routeTarget(w: FuzzWorld, op: Operation, plan: RoutePlan): FuzzTarget<Generated> {
  const realistic = plan.params?.(w) ?? {};
  const hints = plan.hints?.(w) ?? {};
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const params = fc.record(
    Object.fromEntries(pathParams.map((p) => [p.name, pathSegment(realistic[p.name] ?? arbitraryFor(p.schema, { mutate: false, dates: w.dates }))])),
  );
  const noBody = fc.oneof({ arbitrary: fc.constant<FuzzBody>({ kind: 'none' }), weight: 6 }, { arbitrary: brokenBodies, weight: 1 });
  // fetch sends no body with a GET.
  const body = op.method === 'GET' ? fc.constant<FuzzBody>({ kind: 'none' }) : (plan.body?.(w) ?? (op.body ? jsonBody(op.body, hints, w.dates) : noBody));
  let caseAt: { id: number; node: string } | null = null;
  return {
    arbitrary: fc.record({ actor: fc.constantFrom(...plan.actors), language: acceptLanguage, params, query: queryString(op.parameters, hints, w.dates), body }),
    async request(v): Promise<FuzzRequest> {
      caseAt = null;
      for (const value of Object.values(v.params)) {
        if (value instanceof CaseAt) caseAt = { id: await w.cases.at(value.node, value.caseType), node: value.node };
      }
      let path = op.path;
      for (const [name, value] of Object.entries(v.params)) {
        // The case's own ids (a party of it…) are looked up once the case is known.
        const resolved = value instanceof CaseAt ? caseAt!.id : value instanceof CaseRef && caseAt ? await resolveRefs(w, caseAt.id, value) : value;
        path = path.replace(`{${name}}`, segmentText(resolved));
      }
      const body = v.body.kind === 'json' && caseAt ? { kind: 'json' as const, value: await resolveRefs(w, caseAt.id, v.body.value) } : v.body;
      return { actor: v.actor, method: op.method, path: path + v.query, body, ...(v.language === undefined ? {} : { language: v.language }) };
    },
    async observe(_req, res) {
      if (res.status < 300 && caseAt) await w.cases.changed(caseAt.id, caseAt.node);
    },
  };
}
