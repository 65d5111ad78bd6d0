import {
  jaegerSpanRegistryFile,
  otlpTracesRegistryFile,
  type RegistrySchema,
} from '@spanstream/proto/registry-schema';
import type { FramedEncoding } from './encodings.ts';
import { registryRequest } from './schema-registry-http.ts';

/** The schema a framed record of each encoding is written with (its first message is the record's type). */
export function registrySchemaOf(encoding: FramedEncoding): RegistrySchema {
  return encoding === 'protobuf' ? jaegerSpanRegistryFile() : otlpTracesRegistryFile();
}

/** Confluent's schema reference: the import path, and the subject and version holding that file. */
export interface SchemaReference {
  readonly name: string;
  readonly subject: string;
  readonly version: number;
}

interface Registration {
  readonly schemaType: 'PROTOBUF';
  readonly schema: string;
  readonly references: SchemaReference[];
}

const subjectPath = (subject: string) => `/subjects/${encodeURIComponent(subject)}`;

async function registerUnder(registryUrl: string, subject: string, body: Registration): Promise<number> {
  const answer = (await registryRequest(registryUrl, `${subjectPath(subject)}/versions`, body)) as {
    id?: unknown;
  };
  if (typeof answer.id !== 'number') throw new Error(`schema registry returned no id for ${subject}`);
  return answer.id;
}

/** Registers `file`'s imports (depth first), then `file` under its import path; returns the reference to it. */
async function registerReference(
  registryUrl: string,
  file: RegistrySchema,
  done: Map<string, Promise<SchemaReference>>,
): Promise<SchemaReference> {
  const known = done.get(file.name);
  if (known) return known;
  const pending = (async () => {
    const body = await registration(registryUrl, file, done);
    await registerUnder(registryUrl, file.name, body);
    // Registering answers with the id only; looking the schema up under the subject gives its version.
    const found = (await registryRequest(registryUrl, subjectPath(file.name), body)) as { version?: unknown };
    if (typeof found.version !== 'number')
      throw new Error(`schema registry returned no version for ${file.name}`);
    return { name: file.name, subject: file.name, version: found.version };
  })();
  done.set(file.name, pending);
  return pending;
}

async function registration(
  registryUrl: string,
  file: RegistrySchema,
  done: Map<string, Promise<SchemaReference>>,
): Promise<Registration> {
  const references: SchemaReference[] = [];
  for (const imported of file.references)
    references.push(await registerReference(registryUrl, imported, done));
  return { schemaType: 'PROTOBUF', schema: file.schema, references };
}

/**
 * Registers the schema of `encoding` under `<topic>-value` (TopicNameStrategy) and returns its id,
 * after registering each file it imports under the import path as subject (google/protobuf/timestamp.proto,
 * ...) and naming them in `references`, so that every Confluent-compatible deserializer can resolve
 * the imports. Registering an identical schema again returns the existing id, so every collector may
 * do it at start.
 */
export async function registerSpanSchema(
  registryUrl: string,
  topic: string,
  encoding: FramedEncoding = 'protobuf',
): Promise<number> {
  const body = await registration(registryUrl, registrySchemaOf(encoding), new Map());
  return registerUnder(registryUrl, `${topic}-value`, body);
}
