import type { TProtocol } from 'thrift';
import { T, binaryWriter, wireType, writeI64 } from '../jaeger-thrift/thrift-io.ts';

/**
 * A Thrift struct described field by field, so a test can write it with one field removed or sent
 * with another wire type (what a buggy or hostile client can do; generated encoders cannot).
 */
export type ThriftField =
  | { readonly id: number; readonly type: 'i32'; readonly value: number }
  | { readonly id: number; readonly type: 'i64'; readonly value: bigint }
  | { readonly id: number; readonly type: 'double'; readonly value: number }
  | { readonly id: number; readonly type: 'bool'; readonly value: boolean }
  | { readonly id: number; readonly type: 'string'; readonly value: string }
  | { readonly id: number; readonly type: 'struct'; readonly value: ThriftStruct }
  | { readonly id: number; readonly type: 'list'; readonly value: readonly ThriftStruct[] };
export type ThriftStruct = readonly ThriftField[];

export type ThriftMutation = 'remove' | 'i32' | 'string' | 'struct' | 'bool' | 'list';

const tag = (key: string, vType: number, value: ThriftField): ThriftStruct => [
  { id: 1, type: 'string', value: key },
  { id: 2, type: 'i32', value: vType },
  value,
];

/** A jaeger.thrift Batch with one process and two spans using every field. */
export function thriftBatch(startMicros: number): ThriftStruct {
  const start = BigInt(startMicros);
  const tags: ThriftStruct[] = [
    tag('s', 0, { id: 3, type: 'string', value: 'v' }),
    tag('d', 1, { id: 4, type: 'double', value: 1.5 }),
    tag('b', 2, { id: 5, type: 'bool', value: true }),
    tag('l', 3, { id: 6, type: 'i64', value: 42n }),
    tag('x', 4, { id: 7, type: 'string', value: 'bin' }),
  ];
  const span = (id: bigint): ThriftStruct => [
    { id: 1, type: 'i64', value: 0x5af7183fb1d4cf5fn },
    { id: 2, type: 'i64', value: 1n },
    { id: 3, type: 'i64', value: id },
    { id: 4, type: 'i64', value: 7n },
    { id: 5, type: 'string', value: 'op' },
    {
      id: 6,
      type: 'list',
      value: [
        [
          { id: 1, type: 'i32', value: 1 },
          { id: 2, type: 'i64', value: 0x5af7183fb1d4cf5fn },
          { id: 3, type: 'i64', value: 1n },
          { id: 4, type: 'i64', value: 9n },
        ],
      ],
    },
    { id: 7, type: 'i32', value: 1 },
    { id: 8, type: 'i64', value: start },
    { id: 9, type: 'i64', value: 1000n },
    { id: 10, type: 'list', value: tags },
    {
      id: 11,
      type: 'list',
      value: [
        [
          { id: 1, type: 'i64', value: start + 1n },
          { id: 2, type: 'list', value: [tags[0]!] },
        ],
      ],
    },
  ];
  return [
    {
      id: 1,
      type: 'struct',
      value: [
        { id: 1, type: 'string', value: 'svc' },
        { id: 2, type: 'list', value: [tags[0]!] },
      ],
    },
    { id: 2, type: 'list', value: [span(2n), span(3n)] },
  ];
}

const WIRE = {
  i32: T.I32,
  i64: T.I64,
  double: T.DOUBLE,
  bool: T.BOOL,
  string: T.STRING,
  struct: T.STRUCT,
  list: T.LIST,
};

function writeValue(
  p: TProtocol,
  field: ThriftField,
  at: readonly number[] | undefined,
  mutation: ThriftMutation,
): void {
  switch (field.type) {
    case 'i32':
      p.writeI32(field.value);
      return;
    case 'i64':
      writeI64(p, field.value);
      return;
    case 'double':
      p.writeDouble(field.value);
      return;
    case 'bool':
      p.writeBool(field.value);
      return;
    case 'string':
      p.writeString(field.value);
      return;
    case 'struct':
      writeStruct(p, field.value, at, mutation);
      return;
    case 'list':
      p.writeListBegin(wireType(T.STRUCT), field.value.length);
      field.value.forEach((element, i) => {
        writeStruct(p, element, at?.[0] === i ? at.slice(1) : undefined, mutation);
      });
      p.writeListEnd();
      return;
  }
}

/** A value of another wire type in place of the field's own. */
function writeWrong(p: TProtocol, id: number, mutation: Exclude<ThriftMutation, 'remove'>): void {
  p.writeFieldBegin('f', wireType(WIRE[mutation]), id);
  if (mutation === 'i32') p.writeI32(-1);
  else if (mutation === 'string') p.writeString('wrong');
  else if (mutation === 'bool') p.writeBool(true);
  else if (mutation === 'struct') writeStruct(p, [{ id: 1, type: 'i32', value: 5 }], undefined, 'remove');
  else {
    p.writeListBegin(wireType(T.I32), 2);
    p.writeI32(1);
    p.writeI32(2);
    p.writeListEnd();
  }
  p.writeFieldEnd();
}

function writeStruct(
  p: TProtocol,
  struct: ThriftStruct,
  at: readonly number[] | undefined,
  mutation: ThriftMutation,
): void {
  p.writeStructBegin('s');
  for (const field of struct) {
    const hit = at?.[0] === field.id;
    if (hit && at.length === 1) {
      if (mutation !== 'remove') writeWrong(p, field.id, mutation);
      continue;
    }
    p.writeFieldBegin('f', wireType(WIRE[field.type]), field.id);
    writeValue(p, field, hit ? at.slice(1) : undefined, mutation);
    p.writeFieldEnd();
  }
  p.writeFieldStop();
  p.writeStructEnd();
}

/** Thrift binary bytes of `struct`, with the field at `path` (field IDs and list indexes) mutated. */
export function writeThriftStruct(
  struct: ThriftStruct,
  change?: { readonly path: readonly number[]; readonly mutation: ThriftMutation },
): Uint8Array {
  const { protocol, finish } = binaryWriter();
  writeStruct(protocol, struct, change?.path, change?.mutation ?? 'remove');
  return new Uint8Array(finish());
}
