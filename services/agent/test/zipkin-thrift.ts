/**
 * `Agent.emitZipkinBatch` datagrams as a Zipkin-era client writes them, from zipkincore.thrift and
 * agent.thrift (the IDL jaeger-client ships) through thriftrw, the IDL-driven Thrift library
 * jaeger-client itself sends with. thriftrw writes the binary protocol; the compact form (port 5775)
 * is the same message re-written field by field with the thrift package's TCompactProtocol.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import thrift from 'thrift';
import type { TProtocol } from 'thrift';

const require = createRequire(import.meta.url);

/** The zipkincore.thrift structs, with thriftrw's representation of i64 (8 big-endian bytes). */
export interface ThriftEndpoint {
  ipv4: number;
  port: number;
  service_name: string;
  ipv6?: Buffer;
}
export interface ThriftSpan {
  trace_id: Buffer;
  trace_id_high?: Buffer;
  name: string;
  id: Buffer;
  parent_id?: Buffer;
  annotations: { timestamp: Buffer; value: string; host?: ThriftEndpoint }[];
  binary_annotations: {
    key: string;
    value: Buffer;
    annotation_type: 'BOOL' | 'BYTES' | 'I16' | 'I32' | 'I64' | 'DOUBLE' | 'STRING';
    host?: ThriftEndpoint;
  }[];
  debug?: boolean;
  timestamp?: Buffer;
  duration?: Buffer;
}

interface ThriftRwMethod {
  ArgumentsMessage: new (message: { version: number; id: number; body: { spans: ThriftSpan[] } }) => unknown;
  argumentsMessageRW: { toBuffer(message: unknown): { err: Error | null; value: Buffer } };
}

/**
 * The IDL files; jaeger-client's copy of zipkincore.thrift predates `12: optional i64 trace_id_high`
 * (128-bit trace IDs), which jaeger-idl's and openzipkin's have: it is added here as they declare it.
 */
function readIdl(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('zipkincore.thrift') || text.includes('trace_id_high')) return text;
  return text.replace(/(\n\s*11: optional i64 duration)/, '$1,\n  12: optional i64 trace_id_high');
}

let agentIdl: { Agent: { emitZipkinBatch: ThriftRwMethod } } | undefined;

function emitZipkinBatchIdl(): ThriftRwMethod {
  if (agentIdl === undefined) {
    const { Thrift } = require('thriftrw') as {
      Thrift: new (options: Record<string, unknown>) => { Agent: { emitZipkinBatch: ThriftRwMethod } };
    };
    agentIdl = new Thrift({
      entryPoint: require.resolve('jaeger-client/dist/src/jaeger-idl/thrift/agent.thrift'),
      fs: { readFileSync: readIdl },
      allowOptionalArguments: true,
      // zipkincore.thrift's Endpoint fields carry no requiredness.
      strict: false,
    });
  }
  return agentIdl.Agent.emitZipkinBatch;
}

/** An i64 as thriftrw takes it. */
export const i64 = (value: bigint): Buffer => {
  const out = Buffer.alloc(8);
  out.writeBigInt64BE(BigInt.asIntN(64, value));
  return out;
};

/** Copies one value of wire type `type` from `from` to `to` (any protocol to any protocol). */
function copy(from: TProtocol, to: TProtocol, type: thrift.Thrift.Type): void {
  const T = thrift.Thrift.Type;
  switch (type) {
    case T.BOOL:
      to.writeBool(from.readBool());
      return;
    case T.BYTE:
      to.writeByte(from.readByte());
      return;
    case T.I16:
      to.writeI16(from.readI16());
      return;
    case T.I32:
      to.writeI32(from.readI32());
      return;
    case T.I64:
      to.writeI64(from.readI64());
      return;
    case T.DOUBLE:
      to.writeDouble(from.readDouble());
      return;
    case T.STRING:
      to.writeBinary(from.readBinary());
      return;
    case T.STRUCT: {
      from.readStructBegin();
      to.writeStructBegin('');
      for (;;) {
        const field = from.readFieldBegin();
        if (field.ftype === T.STOP) break;
        to.writeFieldBegin('', field.ftype, field.fid);
        copy(from, to, field.ftype);
        to.writeFieldEnd();
      }
      to.writeFieldStop();
      to.writeStructEnd();
      return;
    }
    case T.LIST: {
      const list = from.readListBegin();
      to.writeListBegin(list.etype, list.size);
      for (let i = 0; i < list.size; i++) copy(from, to, list.etype);
      to.writeListEnd();
      return;
    }
    default:
      throw new Error(`unexpected Thrift type ${type}`);
  }
}

function toCompact(binary: Buffer): Buffer {
  let transport: thrift.TBufferedTransport | undefined;
  thrift.TBufferedTransport.receiver((t) => (transport = t), 0)(binary);
  const from = new thrift.TBinaryProtocol(transport!);
  let out: Buffer = Buffer.alloc(0);
  const sink = new thrift.TBufferedTransport(undefined, (bytes) => {
    if (bytes) out = bytes;
  });
  const to = new thrift.TCompactProtocol(sink);
  const header = from.readMessageBegin();
  to.writeMessageBegin(header.fname, header.mtype, header.rseqid);
  copy(from, to, thrift.Thrift.Type.STRUCT);
  to.writeMessageEnd();
  sink.flush();
  return out;
}

/** One `emitZipkinBatch` datagram carrying these spans. */
export function emitZipkinBatch(spans: ThriftSpan[], protocol: 'compact' | 'binary'): Buffer {
  const method = emitZipkinBatchIdl();
  const result = method.argumentsMessageRW.toBuffer(
    new method.ArgumentsMessage({ version: 1, id: 0, body: { spans } }),
  );
  if (result.err !== null) throw result.err;
  return protocol === 'binary' ? result.value : toCompact(result.value);
}
