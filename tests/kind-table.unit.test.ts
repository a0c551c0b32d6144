import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { z } from 'zod';
import codegenConfig from '../codegen.js';
import { projectRoot } from '../src/db/project-root.js';
import { mutationResolvers } from '../src/graphql/resolvers/mutation.js';
import { queryResolvers } from '../src/graphql/resolvers/query.js';
import { TYPE_NAME } from '../src/graphql/record-lookup.js';
import { typeDefs } from '../src/graphql/schema.js';
import { ID_PATTERN, KINDS, kindOfId, type Kind } from '../src/model/ids.js';
import { KIND_TABLE, SEARCHABLE_KINDS, SEARCHABLE_ROWS } from '../src/model/kind-table.js';
import { ABOUT_KINDS, KIND_SPECS, MANAGED_RELATION_TYPES } from '../src/model/record-kinds.js';
import { DEFAULTED_PROPS, recordOf } from '../src/model/record-of.js';
import { toRecord } from '../src/model/to-record.js';
import { importRequests } from '../src/write/import-requests.js';

// The SDL is the contract; KIND_TABLE and KIND_SPECS (src/model) are what the code derives
// its kinds from. These tests prove the two agree for every kind, so adding a kind or a
// field to one without the other fails here, not in production.

const sdl = buildSchema(typeDefs().join('\n'));
const rows = KIND_TABLE.map((row) => ({ ...row, spec: KIND_SPECS[row.kind] }));
const sorted = (values: Iterable<string>) => [...values].sort();

/** The fields of a kind's zod input, by name (its object schema, under any transform). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  throw new Error(`not an object schema: ${schema.constructor.name}`);
}

/** A zod field without its optional/nullable wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** What a zod field is, in SDL words: its named type (given `relation`: ID) and whether it is a list. */
function zodType(field: z.ZodType, relation: boolean): { name: string; list: boolean; enumValues?: readonly string[] } {
  const base = unwrap(field);
  if (base instanceof z.ZodArray) return { ...zodType(base.element as z.ZodType, relation), list: true };
  if (relation) return { name: 'ID', list: false };
  if (base instanceof z.ZodEnum) return { name: '(enum)', list: false, enumValues: base.options as string[] };
  if (base.safeParse(true).success) return { name: 'Boolean', list: false };
  if (base.safeParse(1.5).success) return { name: 'Float', list: false };
  if (base.safeParse('Some words').success) return { name: 'String', list: false };
  if (base.safeParse('2020-05').success) return { name: 'PartialDate', list: false };
  if (base instanceof z.ZodString) return { name: 'String', list: false };
  if (base instanceof z.ZodPipe) return zodType(base.in as z.ZodType, relation);
  throw new Error(`no SDL type for a ${base.constructor.name}`);
}

/** The list-ness and named type of an SDL input or output field type. */
function sdlType(type: GraphQLInputType | GraphQLOutputType): { name: string; list: boolean } {
  const inner = isNonNullType(type) ? type.ofType : type;
  return { name: getNamedType(inner).name, list: isListType(inner) };
}

function inputType(name: string) {
  const type = sdl.getType(name);
  if (!isInputObjectType(type)) throw new Error(`the SDL has no input ${name}`);
  return type;
}

function objectType(name: string) {
  const type = sdl.getType(name);
  if (!isObjectType(type)) throw new Error(`the SDL has no type ${name}`);
  return type;
}

describe('the kind table', () => {
  it('lists each kind once, and KIND_SPECS has exactly those kinds, in that order, with the table labels', () => {
    expect(new Set(KINDS).size).toBe(KINDS.length);
    expect(KINDS).toEqual(KIND_TABLE.map((row) => row.kind));
    expect(Object.keys(KIND_SPECS)).toEqual(KINDS);
    for (const row of rows) {
      expect(row.spec.kind).toBe(row.kind);
      expect(row.spec.label).toBe(row.label);
    }
  });

  it('makes the id pattern: an id of every kind and no other prefix', () => {
    for (const kind of KINDS) {
      expect(ID_PATTERN.test(`${kind}:some-slug`)).toBe(true);
      expect(kindOfId(`${kind}:some-slug`)).toBe(kind);
      expect(ID_PATTERN.test(`${kind}x:some-slug`)).toBe(false);
      expect(ID_PATTERN.test(`x${kind}:some-slug`)).toBe(false);
    }
    expect(kindOfId('revision:1')).toBeUndefined();
  });

  it('is in dependency order: every kind comes after the kinds it links to', () => {
    for (const [index, row] of rows.entries()) {
      for (const relation of row.spec.relations) {
        for (const target of relation.targets) {
          expect({ kind: row.kind, field: relation.field, target, before: KINDS.indexOf(target) <= index }).toEqual({
            kind: row.kind,
            field: relation.field,
            target,
            before: true,
          });
        }
      }
    }
  });

  it("accepts in each relation field exactly the ids of its relation's target kinds", () => {
    for (const row of rows) {
      const shape = shapeOf(row.spec.input);
      for (const relation of row.spec.relations) {
        for (const kind of KINDS) {
          const id = `${kind}:some-slug`;
          const accepted = shape[relation.field]!.safeParse(relation.many ? [id] : id).success;
          expect({ field: `${row.kind}.${relation.field}`, kind, accepted }).toEqual({ field: `${row.kind}.${relation.field}`, kind, accepted: relation.targets.includes(kind) });
        }
      }
    }
  });

  it('imports each kind from its field, in table order', () => {
    const document = Object.fromEntries([...KIND_TABLE].reverse().map((row) => [row.field, [{ name: row.kind }]]));
    expect(importRequests(document).map((r) => [r.kind, r.path])).toEqual(KIND_TABLE.map((row) => [row.kind, `input.${row.field}[0]`]));
  });

  it('declares every kind input field once: as a prop, as a relation, or the id', () => {
    for (const row of rows) {
      const keys = Object.keys(shapeOf(row.spec.input));
      const declared = ['id', ...row.spec.props, ...row.spec.relations.map((r) => r.field)];
      expect({ kind: row.kind, declared: sorted(declared) }).toEqual({ kind: row.kind, declared: sorted(keys) });
      expect(new Set(declared).size).toBe(declared.length);
    }
    expect(sorted(MANAGED_RELATION_TYPES)).toEqual(sorted(new Set(rows.flatMap((row) => row.spec.relations.map((r) => r.type)))));
  });

  it('defaults in types exactly the props toRecord fills in, each an optional prop of some kind', () => {
    expect(sorted(Object.keys(toRecord({})))).toEqual(sorted(DEFAULTED_PROPS));
    for (const prop of DEFAULTED_PROPS) {
      const owners = rows.filter((row) => (row.spec.props as readonly string[]).includes(prop));
      expect(owners.length).toBeGreaterThan(0);
      for (const row of owners) expect(shapeOf(row.spec.input)[prop]!.safeParse(undefined).success).toBe(true);
    }
  });

  it('types a stored record only as its own kind (recordOf checks the id)', () => {
    const record = toRecord({ id: 'claim:x', text: 'A claim' });
    expect(recordOf(record, ['claim'])).toBe(record);
    expect(() => recordOf(record, ['source'])).toThrow('Invariant violation: claim:x is not the id of a source');
  });
});

describe('the SDL against the kind table', () => {
  it('has exactly the kinds as Node implementations, named as TYPE_NAME names them', () => {
    const node = sdl.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    expect(sorted(sdl.getImplementations(node).objects.map((t) => t.name))).toEqual(sorted(KIND_TABLE.map((row) => row.label)));
    expect(TYPE_NAME).toEqual(Object.fromEntries(KIND_TABLE.map((row) => [row.kind, row.label])));
  });

  it.each(rows.map((row) => [row.kind, row] as const))('%s: its input, patch and type fields match the kind spec field by field', (_kind, row) => {
    const shape = shapeOf(row.spec.input);
    const relations = new Set(row.spec.relations.map((r) => r.field as string));
    const input = inputType(`${row.label}Input`).getFields();
    const patch = inputType(`${row.label}Patch`).getFields();
    const object = objectType(row.label).getFields();
    expect(sorted(Object.keys(input))).toEqual(sorted(Object.keys(shape)));
    expect(sorted(Object.keys(patch))).toEqual(sorted(Object.keys(shape).filter((key) => key !== 'id')));

    for (const [key, field] of Object.entries(shape)) {
      const expected = zodType(field, relations.has(key) || key === 'id');
      const required = !field.safeParse(undefined).success;
      const check = (sdlField: GraphQLInputField, patchField: boolean) => {
        const actual = sdlType(sdlField.type);
        const where = `${row.label}${patchField ? 'Patch' : 'Input'}.${key}`;
        expect({ where, list: actual.list, required: isNonNullType(sdlField.type) }).toEqual({ where, list: expected.list, required: patchField ? false : required });
        if (expected.enumValues) {
          const type = sdl.getType(actual.name);
          if (!isEnumType(type)) throw new Error(`${where} is a zod enum but the SDL's ${actual.name} is not an enum`);
          expect({ where, values: sorted(type.getValues().map((v) => v.name)) }).toEqual({ where, values: sorted(expected.enumValues) });
        } else {
          expect({ where, type: actual.name }).toEqual({ where, type: expected.name });
        }
      };
      check(input[key]!, false);
      if (key !== 'id') check(patch[key]!, true);
    }

    // Each stored prop is a field of the object type, of the input's type; non-null exactly
    // when the input requires it or toRecord fills it in.
    for (const prop of row.spec.props) {
      const out = object[prop];
      expect({ prop, inType: out && sdlType(out.type) }).toEqual({ prop, inType: sdlType(input[prop]!.type) });
      const alwaysThere = !shape[prop]!.safeParse(undefined).success || (DEFAULTED_PROPS as readonly string[]).includes(prop);
      expect({ prop, nonNull: isNonNullType(out!.type) }).toEqual({ prop, nonNull: alwaysThere });
    }
  });

  it('checks the enums of every kind (ActorKind, PlaceKind, ChemicalRole, RouteMode, SourceKind, Stance, FindingRelation)', () => {
    const enums = rows.flatMap((row) =>
      Object.entries(shapeOf(row.spec.input))
        .filter(([, field]) => unwrap(field) instanceof z.ZodEnum)
        .map(([key]) => sdlType(inputType(`${row.label}Input`).getFields()[key]!.type).name),
    );
    expect(sorted(enums)).toEqual(sorted(['ActorKind', 'PlaceKind', 'ChemicalRole', 'RouteMode', 'SourceKind', 'Stance', 'FindingRelation']));
  });

  it("GraphInput's lists of records are the table's fields, in its order, each of its kind's input", () => {
    // GraphInput may carry more than records (a seed's `notes`), but every list of a kind's
    // input is that kind's table field, and every kind has one.
    const kindInputs = new Set(KIND_TABLE.map((row) => `${row.label}Input`));
    const fields = Object.values(inputType('GraphInput').getFields()).filter((f) => kindInputs.has(getNamedType(f.type).name));
    expect(fields.map((f) => [f.name, String(f.type)])).toEqual(KIND_TABLE.map((row) => [row.field, `[${row.label}Input!]`]));
  });

  it('has a query, an upsert and a patch per kind, each answering its type, and resolvers for them all', () => {
    const query = sdl.getQueryType()!.getFields();
    const mutation = sdl.getMutationType()!.getFields();
    for (const row of KIND_TABLE) {
      expect([row.kind, String(query[row.kind]?.type)]).toEqual([row.kind, row.label]);
      expect([`upsert${row.label}`, String(mutation[`upsert${row.label}`]?.type)]).toEqual([`upsert${row.label}`, row.label]);
      expect([`patch${row.label}`, String(mutation[`patch${row.label}`]?.type)]).toEqual([`patch${row.label}`, row.label]);
      expect(queryResolvers[row.kind]).toBeInstanceOf(Function);
      expect((mutationResolvers as Record<string, unknown>)[`upsert${row.label}`]).toBeInstanceOf(Function);
      expect((mutationResolvers as Record<string, unknown>)[`patch${row.label}`]).toBeInstanceOf(Function);
    }
  });

  it('searches the searchable kinds: SearchKind and SearchResult match the table', () => {
    const searchKind = sdl.getType('SearchKind');
    const searchResult = sdl.getType('SearchResult');
    if (!isEnumType(searchKind) || !isUnionType(searchResult)) throw new Error('no SearchKind enum or SearchResult union');
    expect(sorted(searchKind.getValues().map((v) => v.name))).toEqual(sorted(SEARCHABLE_ROWS.map((row) => row.search.value)));
    expect(sorted(searchResult.getTypes().map((t) => t.name))).toEqual(sorted(SEARCHABLE_KINDS.map((kind) => TYPE_NAME[kind])));
  });

  it('makes Entity the kinds a claim may be about', () => {
    const entity = sdl.getType('Entity');
    if (!isUnionType(entity)) throw new Error('no Entity union');
    expect(sorted(entity.getTypes().map((t) => t.name))).toEqual(sorted(ABOUT_KINDS.map((kind) => TYPE_NAME[kind])));
    expect(KIND_SPECS.claim.relations.find((r) => r.field === 'aboutIds')?.targets).toEqual(ABOUT_KINDS);
  });

  it('maps every kind type to its <label>Record in codegen', () => {
    const output = Object.values(codegenConfig.generates)[0] as { config: { mappers: Record<string, string> } };
    for (const row of KIND_TABLE) expect(output.config.mappers[row.label]).toBe(`../mappers.js#${row.label}Record`);
  });
});

describe('the Cypher files against the kind table', () => {
  const cypher = (file: string) => readFileSync(join(projectRoot(), 'cypher', file), 'utf8');
  const constraints = cypher('schema/constraints-and-indexes.cypher');

  it('gives every kind its own id constraint, and no other label one', () => {
    const found = [...constraints.matchAll(/CREATE CONSTRAINT (\w+)_id_unique IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE;/g)].map((m) => [m[1], m[2]]);
    expect(sorted(found.map(([name, label]) => `${name}:${label}`))).toEqual(
      sorted(['record:Record', ...KIND_TABLE.map((row) => `${row.kind}:${row.label}`)]),
    );
  });

  it('gives every searchable kind its full-text index over its search props, and no other kind one', () => {
    const found = [...constraints.matchAll(/CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(n:(\w+)\) ON EACH \[([^\]]*)\];/g)].map((m) => ({
      index: m[1],
      label: m[2],
      props: m[3]!.split(',').map((p) => p.trim().replace(/^n\./, '')),
    }));
    expect(sorted(found.map((f) => JSON.stringify(f)))).toEqual(
      sorted(SEARCHABLE_ROWS.map((row) => JSON.stringify({ index: row.search.index, label: row.label, props: [...row.search.props] }))),
    );
    for (const row of SEARCHABLE_ROWS) {
      for (const prop of row.search.props) expect([row.kind, (KIND_SPECS[row.kind as Kind].props as readonly string[]).includes(prop)]).toEqual([row.kind, true]);
    }
  });

  it('searches each SearchKind in its own index in search.cypher, and nothing else', () => {
    const branches = [...cypher('search.cypher').matchAll(/WHERE '(\w+)' IN \$kinds\s+CALL db\.index\.fulltext\.queryNodes\('(\w+)'/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(cypher('search.cypher').match(/queryNodes/g)).toHaveLength(branches.length);
    expect(sorted(branches)).toEqual(sorted(SEARCHABLE_ROWS.map((row) => `${row.search.value}:${row.search.index}`)));
  });
});
