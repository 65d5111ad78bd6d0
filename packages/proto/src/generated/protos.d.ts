import type * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace opentelemetry. */
export namespace opentelemetry {

    /** Namespace proto. */
    namespace proto {

        /** Namespace common. */
        namespace common {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of an AnyValue. */
                interface IAnyValue {

                    /** AnyValue stringValue */
                    stringValue?: (string|null);

                    /** AnyValue boolValue */
                    boolValue?: (boolean|null);

                    /** AnyValue intValue */
                    intValue?: (Long|null);

                    /** AnyValue doubleValue */
                    doubleValue?: (number|null);

                    /** AnyValue arrayValue */
                    arrayValue?: (opentelemetry.proto.common.v1.IArrayValue|null);

                    /** AnyValue kvlistValue */
                    kvlistValue?: (opentelemetry.proto.common.v1.IKeyValueList|null);

                    /** AnyValue bytesValue */
                    bytesValue?: (Uint8Array|null);
                }

                /** Represents an AnyValue. */
                class AnyValue implements IAnyValue {

                    /**
                     * Constructs a new AnyValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.IAnyValue);

                    /** AnyValue stringValue. */
                    public stringValue?: (string|null);

                    /** AnyValue boolValue. */
                    public boolValue?: (boolean|null);

                    /** AnyValue intValue. */
                    public intValue?: (Long|null);

                    /** AnyValue doubleValue. */
                    public doubleValue?: (number|null);

                    /** AnyValue arrayValue. */
                    public arrayValue?: (opentelemetry.proto.common.v1.IArrayValue|null);

                    /** AnyValue kvlistValue. */
                    public kvlistValue?: (opentelemetry.proto.common.v1.IKeyValueList|null);

                    /** AnyValue bytesValue. */
                    public bytesValue?: (Uint8Array|null);

                    /** AnyValue value. */
                    public value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AnyValue instance
                     */
                    public static create(properties?: opentelemetry.proto.common.v1.IAnyValue): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @param message AnyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.common.v1.IAnyValue, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified AnyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @param message AnyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.common.v1.IAnyValue, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Verifies an AnyValue message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns AnyValue
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                     * @param message AnyValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.common.v1.AnyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this AnyValue to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for AnyValue
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an ArrayValue. */
                interface IArrayValue {

                    /** ArrayValue values */
                    values?: (opentelemetry.proto.common.v1.IAnyValue[]|null);
                }

                /** Represents an ArrayValue. */
                class ArrayValue implements IArrayValue {

                    /**
                     * Constructs a new ArrayValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.IArrayValue);

                    /** ArrayValue values. */
                    public values: opentelemetry.proto.common.v1.IAnyValue[];

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ArrayValue instance
                     */
                    public static create(properties?: opentelemetry.proto.common.v1.IArrayValue): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @param message ArrayValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.common.v1.IArrayValue, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ArrayValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @param message ArrayValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.common.v1.IArrayValue, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Verifies an ArrayValue message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ArrayValue
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                     * @param message ArrayValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.common.v1.ArrayValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ArrayValue to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for ArrayValue
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a KeyValueList. */
                interface IKeyValueList {

                    /** KeyValueList values */
                    values?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                }

                /** Represents a KeyValueList. */
                class KeyValueList implements IKeyValueList {

                    /**
                     * Constructs a new KeyValueList.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.IKeyValueList);

                    /** KeyValueList values. */
                    public values: opentelemetry.proto.common.v1.IKeyValue[];

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValueList instance
                     */
                    public static create(properties?: opentelemetry.proto.common.v1.IKeyValueList): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @param message KeyValueList message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.common.v1.IKeyValueList, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified KeyValueList message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @param message KeyValueList message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.common.v1.IKeyValueList, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Verifies a KeyValueList message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns KeyValueList
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                     * @param message KeyValueList
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.common.v1.KeyValueList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this KeyValueList to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for KeyValueList
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a KeyValue. */
                interface IKeyValue {

                    /** KeyValue key */
                    key?: (string|null);

                    /** KeyValue value */
                    value?: (opentelemetry.proto.common.v1.IAnyValue|null);
                }

                /** Represents a KeyValue. */
                class KeyValue implements IKeyValue {

                    /**
                     * Constructs a new KeyValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.IKeyValue);

                    /** KeyValue key. */
                    public key: string;

                    /** KeyValue value. */
                    public value?: (opentelemetry.proto.common.v1.IAnyValue|null);

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValue instance
                     */
                    public static create(properties?: opentelemetry.proto.common.v1.IKeyValue): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @param message KeyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.common.v1.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @param message KeyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.common.v1.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Verifies a KeyValue message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns KeyValue
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                     * @param message KeyValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.common.v1.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this KeyValue to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for KeyValue
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an InstrumentationScope. */
                interface IInstrumentationScope {

                    /** InstrumentationScope name */
                    name?: (string|null);

                    /** InstrumentationScope version */
                    version?: (string|null);

                    /** InstrumentationScope attributes */
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);

                    /** InstrumentationScope droppedAttributesCount */
                    droppedAttributesCount?: (number|null);
                }

                /** Represents an InstrumentationScope. */
                class InstrumentationScope implements IInstrumentationScope {

                    /**
                     * Constructs a new InstrumentationScope.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.IInstrumentationScope);

                    /** InstrumentationScope name. */
                    public name: string;

                    /** InstrumentationScope version. */
                    public version: string;

                    /** InstrumentationScope attributes. */
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];

                    /** InstrumentationScope droppedAttributesCount. */
                    public droppedAttributesCount: number;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns InstrumentationScope instance
                     */
                    public static create(properties?: opentelemetry.proto.common.v1.IInstrumentationScope): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @param message InstrumentationScope message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.common.v1.IInstrumentationScope, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified InstrumentationScope message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @param message InstrumentationScope message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.common.v1.IInstrumentationScope, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Verifies an InstrumentationScope message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns InstrumentationScope
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                     * @param message InstrumentationScope
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.common.v1.InstrumentationScope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this InstrumentationScope to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for InstrumentationScope
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an EntityRef. */
                interface IEntityRef {

                    /** EntityRef schemaUrl */
                    schemaUrl?: (string|null);

                    /** EntityRef type */
                    type?: (string|null);

                    /** EntityRef idKeys */
                    idKeys?: (string[]|null);

                    /** EntityRef descriptionKeys */
                    descriptionKeys?: (string[]|null);
                }

                /** Represents an EntityRef. */
                class EntityRef implements IEntityRef {

                    /**
                     * Constructs a new EntityRef.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.IEntityRef);

                    /** EntityRef schemaUrl. */
                    public schemaUrl: string;

                    /** EntityRef type. */
                    public type: string;

                    /** EntityRef idKeys. */
                    public idKeys: string[];

                    /** EntityRef descriptionKeys. */
                    public descriptionKeys: string[];

                    /**
                     * Creates a new EntityRef instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns EntityRef instance
                     */
                    public static create(properties?: opentelemetry.proto.common.v1.IEntityRef): opentelemetry.proto.common.v1.EntityRef;

                    /**
                     * Encodes the specified EntityRef message. Does not implicitly {@link opentelemetry.proto.common.v1.EntityRef.verify|verify} messages.
                     * @param message EntityRef message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.common.v1.IEntityRef, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified EntityRef message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.EntityRef.verify|verify} messages.
                     * @param message EntityRef message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.common.v1.IEntityRef, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an EntityRef message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns EntityRef
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.EntityRef;

                    /**
                     * Decodes an EntityRef message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns EntityRef
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.EntityRef;

                    /**
                     * Verifies an EntityRef message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an EntityRef message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns EntityRef
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.EntityRef;

                    /**
                     * Creates a plain object from an EntityRef message. Also converts values to other types if specified.
                     * @param message EntityRef
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.common.v1.EntityRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this EntityRef to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for EntityRef
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace resource. */
        namespace resource {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a Resource. */
                interface IResource {

                    /** Resource attributes */
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);

                    /** Resource droppedAttributesCount */
                    droppedAttributesCount?: (number|null);

                    /** Resource entityRefs */
                    entityRefs?: (opentelemetry.proto.common.v1.IEntityRef[]|null);
                }

                /** Represents a Resource. */
                class Resource implements IResource {

                    /**
                     * Constructs a new Resource.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.resource.v1.IResource);

                    /** Resource attributes. */
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];

                    /** Resource droppedAttributesCount. */
                    public droppedAttributesCount: number;

                    /** Resource entityRefs. */
                    public entityRefs: opentelemetry.proto.common.v1.IEntityRef[];

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Resource instance
                     */
                    public static create(properties?: opentelemetry.proto.resource.v1.IResource): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.resource.v1.IResource, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Resource message, length delimited. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.resource.v1.IResource, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Decodes a Resource message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Verifies a Resource message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Resource
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @param message Resource
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.resource.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Resource to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for Resource
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace trace. */
        namespace trace {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a TracesData. */
                interface ITracesData {

                    /** TracesData resourceSpans */
                    resourceSpans?: (opentelemetry.proto.trace.v1.IResourceSpans[]|null);
                }

                /** Represents a TracesData. */
                class TracesData implements ITracesData {

                    /**
                     * Constructs a new TracesData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.ITracesData);

                    /** TracesData resourceSpans. */
                    public resourceSpans: opentelemetry.proto.trace.v1.IResourceSpans[];

                    /**
                     * Creates a new TracesData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns TracesData instance
                     */
                    public static create(properties?: opentelemetry.proto.trace.v1.ITracesData): opentelemetry.proto.trace.v1.TracesData;

                    /**
                     * Encodes the specified TracesData message. Does not implicitly {@link opentelemetry.proto.trace.v1.TracesData.verify|verify} messages.
                     * @param message TracesData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.trace.v1.ITracesData, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified TracesData message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.TracesData.verify|verify} messages.
                     * @param message TracesData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.trace.v1.ITracesData, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a TracesData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns TracesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.TracesData;

                    /**
                     * Decodes a TracesData message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns TracesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.TracesData;

                    /**
                     * Verifies a TracesData message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a TracesData message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns TracesData
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.TracesData;

                    /**
                     * Creates a plain object from a TracesData message. Also converts values to other types if specified.
                     * @param message TracesData
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.trace.v1.TracesData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this TracesData to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for TracesData
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ResourceSpans. */
                interface IResourceSpans {

                    /** ResourceSpans resource */
                    resource?: (opentelemetry.proto.resource.v1.IResource|null);

                    /** ResourceSpans scopeSpans */
                    scopeSpans?: (opentelemetry.proto.trace.v1.IScopeSpans[]|null);

                    /** ResourceSpans schemaUrl */
                    schemaUrl?: (string|null);
                }

                /** Represents a ResourceSpans. */
                class ResourceSpans implements IResourceSpans {

                    /**
                     * Constructs a new ResourceSpans.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.IResourceSpans);

                    /** ResourceSpans resource. */
                    public resource?: (opentelemetry.proto.resource.v1.IResource|null);

                    /** ResourceSpans scopeSpans. */
                    public scopeSpans: opentelemetry.proto.trace.v1.IScopeSpans[];

                    /** ResourceSpans schemaUrl. */
                    public schemaUrl: string;

                    /**
                     * Creates a new ResourceSpans instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResourceSpans instance
                     */
                    public static create(properties?: opentelemetry.proto.trace.v1.IResourceSpans): opentelemetry.proto.trace.v1.ResourceSpans;

                    /**
                     * Encodes the specified ResourceSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @param message ResourceSpans message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.trace.v1.IResourceSpans, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ResourceSpans message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @param message ResourceSpans message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.trace.v1.IResourceSpans, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.ResourceSpans;

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.ResourceSpans;

                    /**
                     * Verifies a ResourceSpans message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ResourceSpans message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ResourceSpans
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.ResourceSpans;

                    /**
                     * Creates a plain object from a ResourceSpans message. Also converts values to other types if specified.
                     * @param message ResourceSpans
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.trace.v1.ResourceSpans, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ResourceSpans to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for ResourceSpans
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ScopeSpans. */
                interface IScopeSpans {

                    /** ScopeSpans scope */
                    scope?: (opentelemetry.proto.common.v1.IInstrumentationScope|null);

                    /** ScopeSpans spans */
                    spans?: (opentelemetry.proto.trace.v1.ISpan[]|null);

                    /** ScopeSpans schemaUrl */
                    schemaUrl?: (string|null);
                }

                /** Represents a ScopeSpans. */
                class ScopeSpans implements IScopeSpans {

                    /**
                     * Constructs a new ScopeSpans.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.IScopeSpans);

                    /** ScopeSpans scope. */
                    public scope?: (opentelemetry.proto.common.v1.IInstrumentationScope|null);

                    /** ScopeSpans spans. */
                    public spans: opentelemetry.proto.trace.v1.ISpan[];

                    /** ScopeSpans schemaUrl. */
                    public schemaUrl: string;

                    /**
                     * Creates a new ScopeSpans instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ScopeSpans instance
                     */
                    public static create(properties?: opentelemetry.proto.trace.v1.IScopeSpans): opentelemetry.proto.trace.v1.ScopeSpans;

                    /**
                     * Encodes the specified ScopeSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @param message ScopeSpans message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.trace.v1.IScopeSpans, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ScopeSpans message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @param message ScopeSpans message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.trace.v1.IScopeSpans, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.ScopeSpans;

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.ScopeSpans;

                    /**
                     * Verifies a ScopeSpans message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ScopeSpans message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ScopeSpans
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.ScopeSpans;

                    /**
                     * Creates a plain object from a ScopeSpans message. Also converts values to other types if specified.
                     * @param message ScopeSpans
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.trace.v1.ScopeSpans, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ScopeSpans to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for ScopeSpans
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a Span. */
                interface ISpan {

                    /** Span traceId */
                    traceId?: (Uint8Array|null);

                    /** Span spanId */
                    spanId?: (Uint8Array|null);

                    /** Span traceState */
                    traceState?: (string|null);

                    /** Span parentSpanId */
                    parentSpanId?: (Uint8Array|null);

                    /** Span flags */
                    flags?: (number|null);

                    /** Span name */
                    name?: (string|null);

                    /** Span kind */
                    kind?: (opentelemetry.proto.trace.v1.Span.SpanKind|null);

                    /** Span startTimeUnixNano */
                    startTimeUnixNano?: (Long|null);

                    /** Span endTimeUnixNano */
                    endTimeUnixNano?: (Long|null);

                    /** Span attributes */
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);

                    /** Span droppedAttributesCount */
                    droppedAttributesCount?: (number|null);

                    /** Span events */
                    events?: (opentelemetry.proto.trace.v1.Span.IEvent[]|null);

                    /** Span droppedEventsCount */
                    droppedEventsCount?: (number|null);

                    /** Span links */
                    links?: (opentelemetry.proto.trace.v1.Span.ILink[]|null);

                    /** Span droppedLinksCount */
                    droppedLinksCount?: (number|null);

                    /** Span status */
                    status?: (opentelemetry.proto.trace.v1.IStatus|null);
                }

                /** Represents a Span. */
                class Span implements ISpan {

                    /**
                     * Constructs a new Span.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.ISpan);

                    /** Span traceId. */
                    public traceId: Uint8Array;

                    /** Span spanId. */
                    public spanId: Uint8Array;

                    /** Span traceState. */
                    public traceState: string;

                    /** Span parentSpanId. */
                    public parentSpanId: Uint8Array;

                    /** Span flags. */
                    public flags: number;

                    /** Span name. */
                    public name: string;

                    /** Span kind. */
                    public kind: opentelemetry.proto.trace.v1.Span.SpanKind;

                    /** Span startTimeUnixNano. */
                    public startTimeUnixNano: Long;

                    /** Span endTimeUnixNano. */
                    public endTimeUnixNano: Long;

                    /** Span attributes. */
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];

                    /** Span droppedAttributesCount. */
                    public droppedAttributesCount: number;

                    /** Span events. */
                    public events: opentelemetry.proto.trace.v1.Span.IEvent[];

                    /** Span droppedEventsCount. */
                    public droppedEventsCount: number;

                    /** Span links. */
                    public links: opentelemetry.proto.trace.v1.Span.ILink[];

                    /** Span droppedLinksCount. */
                    public droppedLinksCount: number;

                    /** Span status. */
                    public status?: (opentelemetry.proto.trace.v1.IStatus|null);

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Span instance
                     */
                    public static create(properties?: opentelemetry.proto.trace.v1.ISpan): opentelemetry.proto.trace.v1.Span;

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @param message Span message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.trace.v1.ISpan, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Span message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @param message Span message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.trace.v1.ISpan, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Span;

                    /**
                     * Decodes a Span message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Span;

                    /**
                     * Verifies a Span message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Span message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Span
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Span;

                    /**
                     * Creates a plain object from a Span message. Also converts values to other types if specified.
                     * @param message Span
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.trace.v1.Span, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Span to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for Span
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace Span {

                    /** SpanKind enum. */
                    enum SpanKind {
                        SPAN_KIND_UNSPECIFIED = 0,
                        SPAN_KIND_INTERNAL = 1,
                        SPAN_KIND_SERVER = 2,
                        SPAN_KIND_CLIENT = 3,
                        SPAN_KIND_PRODUCER = 4,
                        SPAN_KIND_CONSUMER = 5
                    }

                    /** Properties of an Event. */
                    interface IEvent {

                        /** Event timeUnixNano */
                        timeUnixNano?: (Long|null);

                        /** Event name */
                        name?: (string|null);

                        /** Event attributes */
                        attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);

                        /** Event droppedAttributesCount */
                        droppedAttributesCount?: (number|null);
                    }

                    /** Represents an Event. */
                    class Event implements IEvent {

                        /**
                         * Constructs a new Event.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.trace.v1.Span.IEvent);

                        /** Event timeUnixNano. */
                        public timeUnixNano: Long;

                        /** Event name. */
                        public name: string;

                        /** Event attributes. */
                        public attributes: opentelemetry.proto.common.v1.IKeyValue[];

                        /** Event droppedAttributesCount. */
                        public droppedAttributesCount: number;

                        /**
                         * Creates a new Event instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Event instance
                         */
                        public static create(properties?: opentelemetry.proto.trace.v1.Span.IEvent): opentelemetry.proto.trace.v1.Span.Event;

                        /**
                         * Encodes the specified Event message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @param message Event message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opentelemetry.proto.trace.v1.Span.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified Event message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @param message Event message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encodeDelimited(message: opentelemetry.proto.trace.v1.Span.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Event message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Span.Event;

                        /**
                         * Decodes an Event message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Span.Event;

                        /**
                         * Verifies an Event message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        public static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates an Event message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Event
                         */
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Span.Event;

                        /**
                         * Creates a plain object from an Event message. Also converts values to other types if specified.
                         * @param message Event
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        public static toObject(message: opentelemetry.proto.trace.v1.Span.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Event to JSON.
                         * @returns JSON object
                         */
                        public toJSON(): { [k: string]: any };

                        /**
                         * Gets the default type url for Event
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of a Link. */
                    interface ILink {

                        /** Link traceId */
                        traceId?: (Uint8Array|null);

                        /** Link spanId */
                        spanId?: (Uint8Array|null);

                        /** Link traceState */
                        traceState?: (string|null);

                        /** Link attributes */
                        attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);

                        /** Link droppedAttributesCount */
                        droppedAttributesCount?: (number|null);

                        /** Link flags */
                        flags?: (number|null);
                    }

                    /** Represents a Link. */
                    class Link implements ILink {

                        /**
                         * Constructs a new Link.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.trace.v1.Span.ILink);

                        /** Link traceId. */
                        public traceId: Uint8Array;

                        /** Link spanId. */
                        public spanId: Uint8Array;

                        /** Link traceState. */
                        public traceState: string;

                        /** Link attributes. */
                        public attributes: opentelemetry.proto.common.v1.IKeyValue[];

                        /** Link droppedAttributesCount. */
                        public droppedAttributesCount: number;

                        /** Link flags. */
                        public flags: number;

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Link instance
                         */
                        public static create(properties?: opentelemetry.proto.trace.v1.Span.ILink): opentelemetry.proto.trace.v1.Span.Link;

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @param message Link message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opentelemetry.proto.trace.v1.Span.ILink, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified Link message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @param message Link message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encodeDelimited(message: opentelemetry.proto.trace.v1.Span.ILink, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Span.Link;

                        /**
                         * Decodes a Link message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Span.Link;

                        /**
                         * Verifies a Link message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        public static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates a Link message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Link
                         */
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Span.Link;

                        /**
                         * Creates a plain object from a Link message. Also converts values to other types if specified.
                         * @param message Link
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        public static toObject(message: opentelemetry.proto.trace.v1.Span.Link, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Link to JSON.
                         * @returns JSON object
                         */
                        public toJSON(): { [k: string]: any };

                        /**
                         * Gets the default type url for Link
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }

                /** Properties of a Status. */
                interface IStatus {

                    /** Status message */
                    message?: (string|null);

                    /** Status code */
                    code?: (opentelemetry.proto.trace.v1.Status.StatusCode|null);
                }

                /** Represents a Status. */
                class Status implements IStatus {

                    /**
                     * Constructs a new Status.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.IStatus);

                    /** Status message. */
                    public message: string;

                    /** Status code. */
                    public code: opentelemetry.proto.trace.v1.Status.StatusCode;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Status instance
                     */
                    public static create(properties?: opentelemetry.proto.trace.v1.IStatus): opentelemetry.proto.trace.v1.Status;

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @param message Status message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opentelemetry.proto.trace.v1.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Status message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @param message Status message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: opentelemetry.proto.trace.v1.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Status;

                    /**
                     * Decodes a Status message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Status;

                    /**
                     * Verifies a Status message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    public static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Status message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Status
                     */
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Status;

                    /**
                     * Creates a plain object from a Status message. Also converts values to other types if specified.
                     * @param message Status
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: opentelemetry.proto.trace.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Status to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for Status
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace Status {

                    /** StatusCode enum. */
                    enum StatusCode {
                        STATUS_CODE_UNSET = 0,
                        STATUS_CODE_OK = 1,
                        STATUS_CODE_ERROR = 2
                    }
                }

                /** SpanFlags enum. */
                enum SpanFlags {
                    SPAN_FLAGS_DO_NOT_USE = 0,
                    SPAN_FLAGS_TRACE_FLAGS_MASK = 255,
                    SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK = 256,
                    SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK = 512
                }
            }
        }

        /** Namespace collector. */
        namespace collector {

            /** Namespace trace. */
            namespace trace {

                /** Namespace v1. */
                namespace v1 {

                    /** Represents a TraceService */
                    class TraceService extends $protobuf.rpc.Service {

                        /**
                         * Constructs a new TraceService service.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         */
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                        /**
                         * Creates new TraceService service using the specified rpc implementation.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         * @returns RPC service. Useful where requests and/or responses are streamed.
                         */
                        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): TraceService;

                        /**
                         * Calls Export.
                         * @param request ExportTraceServiceRequest message or plain object
                         * @param callback Node-style callback called with the error, if any, and ExportTraceServiceResponse
                         */
                        public export(request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest, callback: opentelemetry.proto.collector.trace.v1.TraceService.ExportCallback): void;

                        /**
                         * Calls Export.
                         * @param request ExportTraceServiceRequest message or plain object
                         * @returns Promise
                         */
                        public export(request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest): Promise<opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse>;
                    }

                    namespace TraceService {

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.trace.v1.TraceService#export_}.
                         * @param error Error, if any
                         * @param [response] ExportTraceServiceResponse
                         */
                        type ExportCallback = (error: (Error|null), response?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse) => void;
                    }

                    /** Properties of an ExportTraceServiceRequest. */
                    interface IExportTraceServiceRequest {

                        /** ExportTraceServiceRequest resourceSpans */
                        resourceSpans?: (opentelemetry.proto.trace.v1.IResourceSpans[]|null);
                    }

                    /** Represents an ExportTraceServiceRequest. */
                    class ExportTraceServiceRequest implements IExportTraceServiceRequest {

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest);

                        /** ExportTraceServiceRequest resourceSpans. */
                        public resourceSpans: opentelemetry.proto.trace.v1.IResourceSpans[];

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceRequest instance
                         */
                        public static create(properties?: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @param message ExportTraceServiceRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified ExportTraceServiceRequest message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @param message ExportTraceServiceRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encodeDelimited(message: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Verifies an ExportTraceServiceRequest message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        public static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates an ExportTraceServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportTraceServiceRequest
                         */
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Creates a plain object from an ExportTraceServiceRequest message. Also converts values to other types if specified.
                         * @param message ExportTraceServiceRequest
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        public static toObject(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportTraceServiceRequest to JSON.
                         * @returns JSON object
                         */
                        public toJSON(): { [k: string]: any };

                        /**
                         * Gets the default type url for ExportTraceServiceRequest
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of an ExportTraceServiceResponse. */
                    interface IExportTraceServiceResponse {

                        /** ExportTraceServiceResponse partialSuccess */
                        partialSuccess?: (opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess|null);
                    }

                    /** Represents an ExportTraceServiceResponse. */
                    class ExportTraceServiceResponse implements IExportTraceServiceResponse {

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse);

                        /** ExportTraceServiceResponse partialSuccess. */
                        public partialSuccess?: (opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess|null);

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceResponse instance
                         */
                        public static create(properties?: opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @param message ExportTraceServiceResponse message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified ExportTraceServiceResponse message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @param message ExportTraceServiceResponse message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encodeDelimited(message: opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Verifies an ExportTraceServiceResponse message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        public static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates an ExportTraceServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportTraceServiceResponse
                         */
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Creates a plain object from an ExportTraceServiceResponse message. Also converts values to other types if specified.
                         * @param message ExportTraceServiceResponse
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        public static toObject(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportTraceServiceResponse to JSON.
                         * @returns JSON object
                         */
                        public toJSON(): { [k: string]: any };

                        /**
                         * Gets the default type url for ExportTraceServiceResponse
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of an ExportTracePartialSuccess. */
                    interface IExportTracePartialSuccess {

                        /** ExportTracePartialSuccess rejectedSpans */
                        rejectedSpans?: (Long|null);

                        /** ExportTracePartialSuccess errorMessage */
                        errorMessage?: (string|null);
                    }

                    /** Represents an ExportTracePartialSuccess. */
                    class ExportTracePartialSuccess implements IExportTracePartialSuccess {

                        /**
                         * Constructs a new ExportTracePartialSuccess.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess);

                        /** ExportTracePartialSuccess rejectedSpans. */
                        public rejectedSpans: Long;

                        /** ExportTracePartialSuccess errorMessage. */
                        public errorMessage: string;

                        /**
                         * Creates a new ExportTracePartialSuccess instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTracePartialSuccess instance
                         */
                        public static create(properties?: opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;

                        /**
                         * Encodes the specified ExportTracePartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                         * @param message ExportTracePartialSuccess message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified ExportTracePartialSuccess message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                         * @param message ExportTracePartialSuccess message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encodeDelimited(message: opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTracePartialSuccess message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ExportTracePartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;

                        /**
                         * Decodes an ExportTracePartialSuccess message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns ExportTracePartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;

                        /**
                         * Verifies an ExportTracePartialSuccess message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        public static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates an ExportTracePartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportTracePartialSuccess
                         */
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;

                        /**
                         * Creates a plain object from an ExportTracePartialSuccess message. Also converts values to other types if specified.
                         * @param message ExportTracePartialSuccess
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        public static toObject(message: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportTracePartialSuccess to JSON.
                         * @returns JSON object
                         */
                        public toJSON(): { [k: string]: any };

                        /**
                         * Gets the default type url for ExportTracePartialSuccess
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }
            }
        }
    }
}

/** Namespace jaeger. */
export namespace jaeger {

    /** Namespace api_v2. */
    namespace api_v2 {

        /** ValueType enum. */
        enum ValueType {
            STRING = 0,
            BOOL = 1,
            INT64 = 2,
            FLOAT64 = 3,
            BINARY = 4
        }

        /** Properties of a KeyValue. */
        interface IKeyValue {

            /** KeyValue key */
            key?: (string|null);

            /** KeyValue vType */
            vType?: (jaeger.api_v2.ValueType|null);

            /** KeyValue vStr */
            vStr?: (string|null);

            /** KeyValue vBool */
            vBool?: (boolean|null);

            /** KeyValue vInt64 */
            vInt64?: (Long|null);

            /** KeyValue vFloat64 */
            vFloat64?: (number|null);

            /** KeyValue vBinary */
            vBinary?: (Uint8Array|null);
        }

        /** Represents a KeyValue. */
        class KeyValue implements IKeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IKeyValue);

            /** KeyValue key. */
            public key: string;

            /** KeyValue vType. */
            public vType: jaeger.api_v2.ValueType;

            /** KeyValue vStr. */
            public vStr: string;

            /** KeyValue vBool. */
            public vBool: boolean;

            /** KeyValue vInt64. */
            public vInt64: Long;

            /** KeyValue vFloat64. */
            public vFloat64: number;

            /** KeyValue vBinary. */
            public vBinary: Uint8Array;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyValue instance
             */
            public static create(properties?: jaeger.api_v2.IKeyValue): jaeger.api_v2.KeyValue;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link jaeger.api_v2.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link jaeger.api_v2.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.KeyValue;

            /**
             * Decodes a KeyValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.KeyValue;

            /**
             * Verifies a KeyValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeyValue
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.KeyValue;

            /**
             * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
             * @param message KeyValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeyValue to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for KeyValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Log. */
        interface ILog {

            /** Log timestamp */
            timestamp?: (google.protobuf.ITimestamp|null);

            /** Log fields */
            fields?: (jaeger.api_v2.IKeyValue[]|null);
        }

        /** Represents a Log. */
        class Log implements ILog {

            /**
             * Constructs a new Log.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ILog);

            /** Log timestamp. */
            public timestamp?: (google.protobuf.ITimestamp|null);

            /** Log fields. */
            public fields: jaeger.api_v2.IKeyValue[];

            /**
             * Creates a new Log instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Log instance
             */
            public static create(properties?: jaeger.api_v2.ILog): jaeger.api_v2.Log;

            /**
             * Encodes the specified Log message. Does not implicitly {@link jaeger.api_v2.Log.verify|verify} messages.
             * @param message Log message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ILog, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Log message, length delimited. Does not implicitly {@link jaeger.api_v2.Log.verify|verify} messages.
             * @param message Log message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ILog, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Log;

            /**
             * Decodes a Log message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.Log;

            /**
             * Verifies a Log message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Log message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Log
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.Log;

            /**
             * Creates a plain object from a Log message. Also converts values to other types if specified.
             * @param message Log
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.Log, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Log to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Log
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** SpanRefType enum. */
        enum SpanRefType {
            CHILD_OF = 0,
            FOLLOWS_FROM = 1
        }

        /** Properties of a SpanRef. */
        interface ISpanRef {

            /** SpanRef traceId */
            traceId?: (Uint8Array|null);

            /** SpanRef spanId */
            spanId?: (Uint8Array|null);

            /** SpanRef refType */
            refType?: (jaeger.api_v2.SpanRefType|null);
        }

        /** Represents a SpanRef. */
        class SpanRef implements ISpanRef {

            /**
             * Constructs a new SpanRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ISpanRef);

            /** SpanRef traceId. */
            public traceId: Uint8Array;

            /** SpanRef spanId. */
            public spanId: Uint8Array;

            /** SpanRef refType. */
            public refType: jaeger.api_v2.SpanRefType;

            /**
             * Creates a new SpanRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SpanRef instance
             */
            public static create(properties?: jaeger.api_v2.ISpanRef): jaeger.api_v2.SpanRef;

            /**
             * Encodes the specified SpanRef message. Does not implicitly {@link jaeger.api_v2.SpanRef.verify|verify} messages.
             * @param message SpanRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ISpanRef, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SpanRef message, length delimited. Does not implicitly {@link jaeger.api_v2.SpanRef.verify|verify} messages.
             * @param message SpanRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ISpanRef, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SpanRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SpanRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.SpanRef;

            /**
             * Decodes a SpanRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SpanRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.SpanRef;

            /**
             * Verifies a SpanRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SpanRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SpanRef
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.SpanRef;

            /**
             * Creates a plain object from a SpanRef message. Also converts values to other types if specified.
             * @param message SpanRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.SpanRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SpanRef to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SpanRef
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Process. */
        interface IProcess {

            /** Process serviceName */
            serviceName?: (string|null);

            /** Process tags */
            tags?: (jaeger.api_v2.IKeyValue[]|null);
        }

        /** Represents a Process. */
        class Process implements IProcess {

            /**
             * Constructs a new Process.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IProcess);

            /** Process serviceName. */
            public serviceName: string;

            /** Process tags. */
            public tags: jaeger.api_v2.IKeyValue[];

            /**
             * Creates a new Process instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Process instance
             */
            public static create(properties?: jaeger.api_v2.IProcess): jaeger.api_v2.Process;

            /**
             * Encodes the specified Process message. Does not implicitly {@link jaeger.api_v2.Process.verify|verify} messages.
             * @param message Process message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Process message, length delimited. Does not implicitly {@link jaeger.api_v2.Process.verify|verify} messages.
             * @param message Process message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Process message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Process;

            /**
             * Decodes a Process message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.Process;

            /**
             * Verifies a Process message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Process message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Process
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.Process;

            /**
             * Creates a plain object from a Process message. Also converts values to other types if specified.
             * @param message Process
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.Process, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Process to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Process
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Span. */
        interface ISpan {

            /** Span traceId */
            traceId?: (Uint8Array|null);

            /** Span spanId */
            spanId?: (Uint8Array|null);

            /** Span operationName */
            operationName?: (string|null);

            /** Span references */
            references?: (jaeger.api_v2.ISpanRef[]|null);

            /** Span flags */
            flags?: (number|null);

            /** Span startTime */
            startTime?: (google.protobuf.ITimestamp|null);

            /** Span duration */
            duration?: (google.protobuf.IDuration|null);

            /** Span tags */
            tags?: (jaeger.api_v2.IKeyValue[]|null);

            /** Span logs */
            logs?: (jaeger.api_v2.ILog[]|null);

            /** Span process */
            process?: (jaeger.api_v2.IProcess|null);

            /** Span processId */
            processId?: (string|null);

            /** Span warnings */
            warnings?: (string[]|null);
        }

        /** Represents a Span. */
        class Span implements ISpan {

            /**
             * Constructs a new Span.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ISpan);

            /** Span traceId. */
            public traceId: Uint8Array;

            /** Span spanId. */
            public spanId: Uint8Array;

            /** Span operationName. */
            public operationName: string;

            /** Span references. */
            public references: jaeger.api_v2.ISpanRef[];

            /** Span flags. */
            public flags: number;

            /** Span startTime. */
            public startTime?: (google.protobuf.ITimestamp|null);

            /** Span duration. */
            public duration?: (google.protobuf.IDuration|null);

            /** Span tags. */
            public tags: jaeger.api_v2.IKeyValue[];

            /** Span logs. */
            public logs: jaeger.api_v2.ILog[];

            /** Span process. */
            public process?: (jaeger.api_v2.IProcess|null);

            /** Span processId. */
            public processId: string;

            /** Span warnings. */
            public warnings: string[];

            /**
             * Creates a new Span instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Span instance
             */
            public static create(properties?: jaeger.api_v2.ISpan): jaeger.api_v2.Span;

            /**
             * Encodes the specified Span message. Does not implicitly {@link jaeger.api_v2.Span.verify|verify} messages.
             * @param message Span message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ISpan, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Span message, length delimited. Does not implicitly {@link jaeger.api_v2.Span.verify|verify} messages.
             * @param message Span message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ISpan, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Span;

            /**
             * Decodes a Span message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.Span;

            /**
             * Verifies a Span message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Span message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Span
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.Span;

            /**
             * Creates a plain object from a Span message. Also converts values to other types if specified.
             * @param message Span
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.Span, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Span to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Span
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Trace. */
        interface ITrace {

            /** Trace spans */
            spans?: (jaeger.api_v2.ISpan[]|null);

            /** Trace processMap */
            processMap?: (jaeger.api_v2.Trace.IProcessMapping[]|null);

            /** Trace warnings */
            warnings?: (string[]|null);
        }

        /** Represents a Trace. */
        class Trace implements ITrace {

            /**
             * Constructs a new Trace.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ITrace);

            /** Trace spans. */
            public spans: jaeger.api_v2.ISpan[];

            /** Trace processMap. */
            public processMap: jaeger.api_v2.Trace.IProcessMapping[];

            /** Trace warnings. */
            public warnings: string[];

            /**
             * Creates a new Trace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Trace instance
             */
            public static create(properties?: jaeger.api_v2.ITrace): jaeger.api_v2.Trace;

            /**
             * Encodes the specified Trace message. Does not implicitly {@link jaeger.api_v2.Trace.verify|verify} messages.
             * @param message Trace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ITrace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Trace message, length delimited. Does not implicitly {@link jaeger.api_v2.Trace.verify|verify} messages.
             * @param message Trace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ITrace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Trace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Trace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Trace;

            /**
             * Decodes a Trace message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Trace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.Trace;

            /**
             * Verifies a Trace message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Trace message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Trace
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.Trace;

            /**
             * Creates a plain object from a Trace message. Also converts values to other types if specified.
             * @param message Trace
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.Trace, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Trace to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Trace
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace Trace {

            /** Properties of a ProcessMapping. */
            interface IProcessMapping {

                /** ProcessMapping processId */
                processId?: (string|null);

                /** ProcessMapping process */
                process?: (jaeger.api_v2.IProcess|null);
            }

            /** Represents a ProcessMapping. */
            class ProcessMapping implements IProcessMapping {

                /**
                 * Constructs a new ProcessMapping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: jaeger.api_v2.Trace.IProcessMapping);

                /** ProcessMapping processId. */
                public processId: string;

                /** ProcessMapping process. */
                public process?: (jaeger.api_v2.IProcess|null);

                /**
                 * Creates a new ProcessMapping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProcessMapping instance
                 */
                public static create(properties?: jaeger.api_v2.Trace.IProcessMapping): jaeger.api_v2.Trace.ProcessMapping;

                /**
                 * Encodes the specified ProcessMapping message. Does not implicitly {@link jaeger.api_v2.Trace.ProcessMapping.verify|verify} messages.
                 * @param message ProcessMapping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: jaeger.api_v2.Trace.IProcessMapping, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProcessMapping message, length delimited. Does not implicitly {@link jaeger.api_v2.Trace.ProcessMapping.verify|verify} messages.
                 * @param message ProcessMapping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: jaeger.api_v2.Trace.IProcessMapping, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessMapping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ProcessMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Trace.ProcessMapping;

                /**
                 * Decodes a ProcessMapping message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ProcessMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.Trace.ProcessMapping;

                /**
                 * Verifies a ProcessMapping message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProcessMapping message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProcessMapping
                 */
                public static fromObject(object: { [k: string]: any }): jaeger.api_v2.Trace.ProcessMapping;

                /**
                 * Creates a plain object from a ProcessMapping message. Also converts values to other types if specified.
                 * @param message ProcessMapping
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: jaeger.api_v2.Trace.ProcessMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProcessMapping to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ProcessMapping
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of a Batch. */
        interface IBatch {

            /** Batch spans */
            spans?: (jaeger.api_v2.ISpan[]|null);

            /** Batch process */
            process?: (jaeger.api_v2.IProcess|null);
        }

        /** Represents a Batch. */
        class Batch implements IBatch {

            /**
             * Constructs a new Batch.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IBatch);

            /** Batch spans. */
            public spans: jaeger.api_v2.ISpan[];

            /** Batch process. */
            public process?: (jaeger.api_v2.IProcess|null);

            /**
             * Creates a new Batch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Batch instance
             */
            public static create(properties?: jaeger.api_v2.IBatch): jaeger.api_v2.Batch;

            /**
             * Encodes the specified Batch message. Does not implicitly {@link jaeger.api_v2.Batch.verify|verify} messages.
             * @param message Batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Batch message, length delimited. Does not implicitly {@link jaeger.api_v2.Batch.verify|verify} messages.
             * @param message Batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Batch;

            /**
             * Decodes a Batch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.Batch;

            /**
             * Verifies a Batch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Batch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Batch
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.Batch;

            /**
             * Creates a plain object from a Batch message. Also converts values to other types if specified.
             * @param message Batch
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.Batch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Batch to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Batch
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a DependencyLink. */
        interface IDependencyLink {

            /** DependencyLink parent */
            parent?: (string|null);

            /** DependencyLink child */
            child?: (string|null);

            /** DependencyLink callCount */
            callCount?: (Long|null);

            /** DependencyLink source */
            source?: (string|null);
        }

        /** Represents a DependencyLink. */
        class DependencyLink implements IDependencyLink {

            /**
             * Constructs a new DependencyLink.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IDependencyLink);

            /** DependencyLink parent. */
            public parent: string;

            /** DependencyLink child. */
            public child: string;

            /** DependencyLink callCount. */
            public callCount: Long;

            /** DependencyLink source. */
            public source: string;

            /**
             * Creates a new DependencyLink instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DependencyLink instance
             */
            public static create(properties?: jaeger.api_v2.IDependencyLink): jaeger.api_v2.DependencyLink;

            /**
             * Encodes the specified DependencyLink message. Does not implicitly {@link jaeger.api_v2.DependencyLink.verify|verify} messages.
             * @param message DependencyLink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IDependencyLink, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DependencyLink message, length delimited. Does not implicitly {@link jaeger.api_v2.DependencyLink.verify|verify} messages.
             * @param message DependencyLink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IDependencyLink, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DependencyLink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DependencyLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.DependencyLink;

            /**
             * Decodes a DependencyLink message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns DependencyLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.DependencyLink;

            /**
             * Verifies a DependencyLink message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DependencyLink message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DependencyLink
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.DependencyLink;

            /**
             * Creates a plain object from a DependencyLink message. Also converts values to other types if specified.
             * @param message DependencyLink
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.DependencyLink, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DependencyLink to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for DependencyLink
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PostSpansRequest. */
        interface IPostSpansRequest {

            /** PostSpansRequest batch */
            batch?: (jaeger.api_v2.IBatch|null);
        }

        /** Represents a PostSpansRequest. */
        class PostSpansRequest implements IPostSpansRequest {

            /**
             * Constructs a new PostSpansRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IPostSpansRequest);

            /** PostSpansRequest batch. */
            public batch?: (jaeger.api_v2.IBatch|null);

            /**
             * Creates a new PostSpansRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostSpansRequest instance
             */
            public static create(properties?: jaeger.api_v2.IPostSpansRequest): jaeger.api_v2.PostSpansRequest;

            /**
             * Encodes the specified PostSpansRequest message. Does not implicitly {@link jaeger.api_v2.PostSpansRequest.verify|verify} messages.
             * @param message PostSpansRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IPostSpansRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PostSpansRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.PostSpansRequest.verify|verify} messages.
             * @param message PostSpansRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IPostSpansRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostSpansRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PostSpansRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.PostSpansRequest;

            /**
             * Decodes a PostSpansRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns PostSpansRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.PostSpansRequest;

            /**
             * Verifies a PostSpansRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PostSpansRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PostSpansRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.PostSpansRequest;

            /**
             * Creates a plain object from a PostSpansRequest message. Also converts values to other types if specified.
             * @param message PostSpansRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.PostSpansRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PostSpansRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PostSpansRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PostSpansResponse. */
        interface IPostSpansResponse {
        }

        /** Represents a PostSpansResponse. */
        class PostSpansResponse implements IPostSpansResponse {

            /**
             * Constructs a new PostSpansResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IPostSpansResponse);

            /**
             * Creates a new PostSpansResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostSpansResponse instance
             */
            public static create(properties?: jaeger.api_v2.IPostSpansResponse): jaeger.api_v2.PostSpansResponse;

            /**
             * Encodes the specified PostSpansResponse message. Does not implicitly {@link jaeger.api_v2.PostSpansResponse.verify|verify} messages.
             * @param message PostSpansResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IPostSpansResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PostSpansResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.PostSpansResponse.verify|verify} messages.
             * @param message PostSpansResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IPostSpansResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostSpansResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PostSpansResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.PostSpansResponse;

            /**
             * Decodes a PostSpansResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns PostSpansResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.PostSpansResponse;

            /**
             * Verifies a PostSpansResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PostSpansResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PostSpansResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.PostSpansResponse;

            /**
             * Creates a plain object from a PostSpansResponse message. Also converts values to other types if specified.
             * @param message PostSpansResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.PostSpansResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PostSpansResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PostSpansResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Represents a CollectorService */
        class CollectorService extends $protobuf.rpc.Service {

            /**
             * Constructs a new CollectorService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new CollectorService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): CollectorService;

            /**
             * Calls PostSpans.
             * @param request PostSpansRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and PostSpansResponse
             */
            public postSpans(request: jaeger.api_v2.IPostSpansRequest, callback: jaeger.api_v2.CollectorService.PostSpansCallback): void;

            /**
             * Calls PostSpans.
             * @param request PostSpansRequest message or plain object
             * @returns Promise
             */
            public postSpans(request: jaeger.api_v2.IPostSpansRequest): Promise<jaeger.api_v2.PostSpansResponse>;
        }

        namespace CollectorService {

            /**
             * Callback as used by {@link jaeger.api_v2.CollectorService#postSpans}.
             * @param error Error, if any
             * @param [response] PostSpansResponse
             */
            type PostSpansCallback = (error: (Error|null), response?: jaeger.api_v2.PostSpansResponse) => void;
        }

        /** Properties of a GetTraceRequest. */
        interface IGetTraceRequest {

            /** GetTraceRequest traceId */
            traceId?: (Uint8Array|null);

            /** GetTraceRequest startTime */
            startTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest endTime */
            endTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest rawTraces */
            rawTraces?: (boolean|null);
        }

        /** Represents a GetTraceRequest. */
        class GetTraceRequest implements IGetTraceRequest {

            /**
             * Constructs a new GetTraceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IGetTraceRequest);

            /** GetTraceRequest traceId. */
            public traceId: Uint8Array;

            /** GetTraceRequest startTime. */
            public startTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest endTime. */
            public endTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest rawTraces. */
            public rawTraces: boolean;

            /**
             * Creates a new GetTraceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetTraceRequest instance
             */
            public static create(properties?: jaeger.api_v2.IGetTraceRequest): jaeger.api_v2.GetTraceRequest;

            /**
             * Encodes the specified GetTraceRequest message. Does not implicitly {@link jaeger.api_v2.GetTraceRequest.verify|verify} messages.
             * @param message GetTraceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IGetTraceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetTraceRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetTraceRequest.verify|verify} messages.
             * @param message GetTraceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IGetTraceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.GetTraceRequest;

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.GetTraceRequest;

            /**
             * Verifies a GetTraceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetTraceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetTraceRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.GetTraceRequest;

            /**
             * Creates a plain object from a GetTraceRequest message. Also converts values to other types if specified.
             * @param message GetTraceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.GetTraceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetTraceRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetTraceRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SpansResponseChunk. */
        interface ISpansResponseChunk {

            /** SpansResponseChunk spans */
            spans?: (jaeger.api_v2.ISpan[]|null);
        }

        /** Represents a SpansResponseChunk. */
        class SpansResponseChunk implements ISpansResponseChunk {

            /**
             * Constructs a new SpansResponseChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ISpansResponseChunk);

            /** SpansResponseChunk spans. */
            public spans: jaeger.api_v2.ISpan[];

            /**
             * Creates a new SpansResponseChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SpansResponseChunk instance
             */
            public static create(properties?: jaeger.api_v2.ISpansResponseChunk): jaeger.api_v2.SpansResponseChunk;

            /**
             * Encodes the specified SpansResponseChunk message. Does not implicitly {@link jaeger.api_v2.SpansResponseChunk.verify|verify} messages.
             * @param message SpansResponseChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ISpansResponseChunk, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SpansResponseChunk message, length delimited. Does not implicitly {@link jaeger.api_v2.SpansResponseChunk.verify|verify} messages.
             * @param message SpansResponseChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ISpansResponseChunk, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SpansResponseChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SpansResponseChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.SpansResponseChunk;

            /**
             * Decodes a SpansResponseChunk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SpansResponseChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.SpansResponseChunk;

            /**
             * Verifies a SpansResponseChunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SpansResponseChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SpansResponseChunk
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.SpansResponseChunk;

            /**
             * Creates a plain object from a SpansResponseChunk message. Also converts values to other types if specified.
             * @param message SpansResponseChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.SpansResponseChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SpansResponseChunk to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SpansResponseChunk
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ArchiveTraceRequest. */
        interface IArchiveTraceRequest {

            /** ArchiveTraceRequest traceId */
            traceId?: (Uint8Array|null);

            /** ArchiveTraceRequest startTime */
            startTime?: (google.protobuf.ITimestamp|null);

            /** ArchiveTraceRequest endTime */
            endTime?: (google.protobuf.ITimestamp|null);
        }

        /** Represents an ArchiveTraceRequest. */
        class ArchiveTraceRequest implements IArchiveTraceRequest {

            /**
             * Constructs a new ArchiveTraceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IArchiveTraceRequest);

            /** ArchiveTraceRequest traceId. */
            public traceId: Uint8Array;

            /** ArchiveTraceRequest startTime. */
            public startTime?: (google.protobuf.ITimestamp|null);

            /** ArchiveTraceRequest endTime. */
            public endTime?: (google.protobuf.ITimestamp|null);

            /**
             * Creates a new ArchiveTraceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArchiveTraceRequest instance
             */
            public static create(properties?: jaeger.api_v2.IArchiveTraceRequest): jaeger.api_v2.ArchiveTraceRequest;

            /**
             * Encodes the specified ArchiveTraceRequest message. Does not implicitly {@link jaeger.api_v2.ArchiveTraceRequest.verify|verify} messages.
             * @param message ArchiveTraceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IArchiveTraceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ArchiveTraceRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.ArchiveTraceRequest.verify|verify} messages.
             * @param message ArchiveTraceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IArchiveTraceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArchiveTraceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ArchiveTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.ArchiveTraceRequest;

            /**
             * Decodes an ArchiveTraceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ArchiveTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.ArchiveTraceRequest;

            /**
             * Verifies an ArchiveTraceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ArchiveTraceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArchiveTraceRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.ArchiveTraceRequest;

            /**
             * Creates a plain object from an ArchiveTraceRequest message. Also converts values to other types if specified.
             * @param message ArchiveTraceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.ArchiveTraceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArchiveTraceRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ArchiveTraceRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ArchiveTraceResponse. */
        interface IArchiveTraceResponse {
        }

        /** Represents an ArchiveTraceResponse. */
        class ArchiveTraceResponse implements IArchiveTraceResponse {

            /**
             * Constructs a new ArchiveTraceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IArchiveTraceResponse);

            /**
             * Creates a new ArchiveTraceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArchiveTraceResponse instance
             */
            public static create(properties?: jaeger.api_v2.IArchiveTraceResponse): jaeger.api_v2.ArchiveTraceResponse;

            /**
             * Encodes the specified ArchiveTraceResponse message. Does not implicitly {@link jaeger.api_v2.ArchiveTraceResponse.verify|verify} messages.
             * @param message ArchiveTraceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IArchiveTraceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ArchiveTraceResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.ArchiveTraceResponse.verify|verify} messages.
             * @param message ArchiveTraceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IArchiveTraceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArchiveTraceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ArchiveTraceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.ArchiveTraceResponse;

            /**
             * Decodes an ArchiveTraceResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ArchiveTraceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.ArchiveTraceResponse;

            /**
             * Verifies an ArchiveTraceResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ArchiveTraceResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArchiveTraceResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.ArchiveTraceResponse;

            /**
             * Creates a plain object from an ArchiveTraceResponse message. Also converts values to other types if specified.
             * @param message ArchiveTraceResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.ArchiveTraceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArchiveTraceResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ArchiveTraceResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TraceQueryParameters. */
        interface ITraceQueryParameters {

            /** TraceQueryParameters serviceName */
            serviceName?: (string|null);

            /** TraceQueryParameters operationName */
            operationName?: (string|null);

            /** TraceQueryParameters tags */
            tags?: ({ [k: string]: string }|null);

            /** TraceQueryParameters startTimeMin */
            startTimeMin?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters startTimeMax */
            startTimeMax?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters durationMin */
            durationMin?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters durationMax */
            durationMax?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters searchDepth */
            searchDepth?: (number|null);

            /** TraceQueryParameters rawTraces */
            rawTraces?: (boolean|null);
        }

        /** Represents a TraceQueryParameters. */
        class TraceQueryParameters implements ITraceQueryParameters {

            /**
             * Constructs a new TraceQueryParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ITraceQueryParameters);

            /** TraceQueryParameters serviceName. */
            public serviceName: string;

            /** TraceQueryParameters operationName. */
            public operationName: string;

            /** TraceQueryParameters tags. */
            public tags: { [k: string]: string };

            /** TraceQueryParameters startTimeMin. */
            public startTimeMin?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters startTimeMax. */
            public startTimeMax?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters durationMin. */
            public durationMin?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters durationMax. */
            public durationMax?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters searchDepth. */
            public searchDepth: number;

            /** TraceQueryParameters rawTraces. */
            public rawTraces: boolean;

            /**
             * Creates a new TraceQueryParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TraceQueryParameters instance
             */
            public static create(properties?: jaeger.api_v2.ITraceQueryParameters): jaeger.api_v2.TraceQueryParameters;

            /**
             * Encodes the specified TraceQueryParameters message. Does not implicitly {@link jaeger.api_v2.TraceQueryParameters.verify|verify} messages.
             * @param message TraceQueryParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ITraceQueryParameters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TraceQueryParameters message, length delimited. Does not implicitly {@link jaeger.api_v2.TraceQueryParameters.verify|verify} messages.
             * @param message TraceQueryParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ITraceQueryParameters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.TraceQueryParameters;

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.TraceQueryParameters;

            /**
             * Verifies a TraceQueryParameters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TraceQueryParameters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TraceQueryParameters
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.TraceQueryParameters;

            /**
             * Creates a plain object from a TraceQueryParameters message. Also converts values to other types if specified.
             * @param message TraceQueryParameters
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.TraceQueryParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TraceQueryParameters to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TraceQueryParameters
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FindTracesRequest. */
        interface IFindTracesRequest {

            /** FindTracesRequest query */
            query?: (jaeger.api_v2.ITraceQueryParameters|null);
        }

        /** Represents a FindTracesRequest. */
        class FindTracesRequest implements IFindTracesRequest {

            /**
             * Constructs a new FindTracesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IFindTracesRequest);

            /** FindTracesRequest query. */
            public query?: (jaeger.api_v2.ITraceQueryParameters|null);

            /**
             * Creates a new FindTracesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FindTracesRequest instance
             */
            public static create(properties?: jaeger.api_v2.IFindTracesRequest): jaeger.api_v2.FindTracesRequest;

            /**
             * Encodes the specified FindTracesRequest message. Does not implicitly {@link jaeger.api_v2.FindTracesRequest.verify|verify} messages.
             * @param message FindTracesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IFindTracesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FindTracesRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.FindTracesRequest.verify|verify} messages.
             * @param message FindTracesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IFindTracesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.FindTracesRequest;

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.FindTracesRequest;

            /**
             * Verifies a FindTracesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FindTracesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FindTracesRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.FindTracesRequest;

            /**
             * Creates a plain object from a FindTracesRequest message. Also converts values to other types if specified.
             * @param message FindTracesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.FindTracesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FindTracesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FindTracesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetServicesRequest. */
        interface IGetServicesRequest {
        }

        /** Represents a GetServicesRequest. */
        class GetServicesRequest implements IGetServicesRequest {

            /**
             * Constructs a new GetServicesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IGetServicesRequest);

            /**
             * Creates a new GetServicesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetServicesRequest instance
             */
            public static create(properties?: jaeger.api_v2.IGetServicesRequest): jaeger.api_v2.GetServicesRequest;

            /**
             * Encodes the specified GetServicesRequest message. Does not implicitly {@link jaeger.api_v2.GetServicesRequest.verify|verify} messages.
             * @param message GetServicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IGetServicesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetServicesRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetServicesRequest.verify|verify} messages.
             * @param message GetServicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IGetServicesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.GetServicesRequest;

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.GetServicesRequest;

            /**
             * Verifies a GetServicesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetServicesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetServicesRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.GetServicesRequest;

            /**
             * Creates a plain object from a GetServicesRequest message. Also converts values to other types if specified.
             * @param message GetServicesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.GetServicesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetServicesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetServicesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetServicesResponse. */
        interface IGetServicesResponse {

            /** GetServicesResponse services */
            services?: (string[]|null);
        }

        /** Represents a GetServicesResponse. */
        class GetServicesResponse implements IGetServicesResponse {

            /**
             * Constructs a new GetServicesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IGetServicesResponse);

            /** GetServicesResponse services. */
            public services: string[];

            /**
             * Creates a new GetServicesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetServicesResponse instance
             */
            public static create(properties?: jaeger.api_v2.IGetServicesResponse): jaeger.api_v2.GetServicesResponse;

            /**
             * Encodes the specified GetServicesResponse message. Does not implicitly {@link jaeger.api_v2.GetServicesResponse.verify|verify} messages.
             * @param message GetServicesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IGetServicesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetServicesResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.GetServicesResponse.verify|verify} messages.
             * @param message GetServicesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IGetServicesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.GetServicesResponse;

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.GetServicesResponse;

            /**
             * Verifies a GetServicesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetServicesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetServicesResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.GetServicesResponse;

            /**
             * Creates a plain object from a GetServicesResponse message. Also converts values to other types if specified.
             * @param message GetServicesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.GetServicesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetServicesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetServicesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetOperationsRequest. */
        interface IGetOperationsRequest {

            /** GetOperationsRequest service */
            service?: (string|null);

            /** GetOperationsRequest spanKind */
            spanKind?: (string|null);
        }

        /** Represents a GetOperationsRequest. */
        class GetOperationsRequest implements IGetOperationsRequest {

            /**
             * Constructs a new GetOperationsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IGetOperationsRequest);

            /** GetOperationsRequest service. */
            public service: string;

            /** GetOperationsRequest spanKind. */
            public spanKind: string;

            /**
             * Creates a new GetOperationsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetOperationsRequest instance
             */
            public static create(properties?: jaeger.api_v2.IGetOperationsRequest): jaeger.api_v2.GetOperationsRequest;

            /**
             * Encodes the specified GetOperationsRequest message. Does not implicitly {@link jaeger.api_v2.GetOperationsRequest.verify|verify} messages.
             * @param message GetOperationsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IGetOperationsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetOperationsRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetOperationsRequest.verify|verify} messages.
             * @param message GetOperationsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IGetOperationsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.GetOperationsRequest;

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.GetOperationsRequest;

            /**
             * Verifies a GetOperationsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetOperationsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetOperationsRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.GetOperationsRequest;

            /**
             * Creates a plain object from a GetOperationsRequest message. Also converts values to other types if specified.
             * @param message GetOperationsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.GetOperationsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetOperationsRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetOperationsRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Operation. */
        interface IOperation {

            /** Operation name */
            name?: (string|null);

            /** Operation spanKind */
            spanKind?: (string|null);
        }

        /** Represents an Operation. */
        class Operation implements IOperation {

            /**
             * Constructs a new Operation.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IOperation);

            /** Operation name. */
            public name: string;

            /** Operation spanKind. */
            public spanKind: string;

            /**
             * Creates a new Operation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Operation instance
             */
            public static create(properties?: jaeger.api_v2.IOperation): jaeger.api_v2.Operation;

            /**
             * Encodes the specified Operation message. Does not implicitly {@link jaeger.api_v2.Operation.verify|verify} messages.
             * @param message Operation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IOperation, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Operation message, length delimited. Does not implicitly {@link jaeger.api_v2.Operation.verify|verify} messages.
             * @param message Operation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IOperation, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Operation;

            /**
             * Decodes an Operation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.Operation;

            /**
             * Verifies an Operation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Operation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Operation
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.Operation;

            /**
             * Creates a plain object from an Operation message. Also converts values to other types if specified.
             * @param message Operation
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.Operation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Operation to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Operation
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetOperationsResponse. */
        interface IGetOperationsResponse {

            /** GetOperationsResponse operationNames */
            operationNames?: (string[]|null);

            /** GetOperationsResponse operations */
            operations?: (jaeger.api_v2.IOperation[]|null);
        }

        /** Represents a GetOperationsResponse. */
        class GetOperationsResponse implements IGetOperationsResponse {

            /**
             * Constructs a new GetOperationsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IGetOperationsResponse);

            /** GetOperationsResponse operationNames. */
            public operationNames: string[];

            /** GetOperationsResponse operations. */
            public operations: jaeger.api_v2.IOperation[];

            /**
             * Creates a new GetOperationsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetOperationsResponse instance
             */
            public static create(properties?: jaeger.api_v2.IGetOperationsResponse): jaeger.api_v2.GetOperationsResponse;

            /**
             * Encodes the specified GetOperationsResponse message. Does not implicitly {@link jaeger.api_v2.GetOperationsResponse.verify|verify} messages.
             * @param message GetOperationsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IGetOperationsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetOperationsResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.GetOperationsResponse.verify|verify} messages.
             * @param message GetOperationsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IGetOperationsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.GetOperationsResponse;

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.GetOperationsResponse;

            /**
             * Verifies a GetOperationsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetOperationsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetOperationsResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.GetOperationsResponse;

            /**
             * Creates a plain object from a GetOperationsResponse message. Also converts values to other types if specified.
             * @param message GetOperationsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.GetOperationsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetOperationsResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetOperationsResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetDependenciesRequest. */
        interface IGetDependenciesRequest {

            /** GetDependenciesRequest startTime */
            startTime?: (google.protobuf.ITimestamp|null);

            /** GetDependenciesRequest endTime */
            endTime?: (google.protobuf.ITimestamp|null);
        }

        /** Represents a GetDependenciesRequest. */
        class GetDependenciesRequest implements IGetDependenciesRequest {

            /**
             * Constructs a new GetDependenciesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IGetDependenciesRequest);

            /** GetDependenciesRequest startTime. */
            public startTime?: (google.protobuf.ITimestamp|null);

            /** GetDependenciesRequest endTime. */
            public endTime?: (google.protobuf.ITimestamp|null);

            /**
             * Creates a new GetDependenciesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetDependenciesRequest instance
             */
            public static create(properties?: jaeger.api_v2.IGetDependenciesRequest): jaeger.api_v2.GetDependenciesRequest;

            /**
             * Encodes the specified GetDependenciesRequest message. Does not implicitly {@link jaeger.api_v2.GetDependenciesRequest.verify|verify} messages.
             * @param message GetDependenciesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IGetDependenciesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetDependenciesRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetDependenciesRequest.verify|verify} messages.
             * @param message GetDependenciesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IGetDependenciesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetDependenciesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetDependenciesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.GetDependenciesRequest;

            /**
             * Decodes a GetDependenciesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetDependenciesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.GetDependenciesRequest;

            /**
             * Verifies a GetDependenciesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetDependenciesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetDependenciesRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.GetDependenciesRequest;

            /**
             * Creates a plain object from a GetDependenciesRequest message. Also converts values to other types if specified.
             * @param message GetDependenciesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.GetDependenciesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetDependenciesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetDependenciesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetDependenciesResponse. */
        interface IGetDependenciesResponse {

            /** GetDependenciesResponse dependencies */
            dependencies?: (jaeger.api_v2.IDependencyLink[]|null);
        }

        /** Represents a GetDependenciesResponse. */
        class GetDependenciesResponse implements IGetDependenciesResponse {

            /**
             * Constructs a new GetDependenciesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IGetDependenciesResponse);

            /** GetDependenciesResponse dependencies. */
            public dependencies: jaeger.api_v2.IDependencyLink[];

            /**
             * Creates a new GetDependenciesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetDependenciesResponse instance
             */
            public static create(properties?: jaeger.api_v2.IGetDependenciesResponse): jaeger.api_v2.GetDependenciesResponse;

            /**
             * Encodes the specified GetDependenciesResponse message. Does not implicitly {@link jaeger.api_v2.GetDependenciesResponse.verify|verify} messages.
             * @param message GetDependenciesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IGetDependenciesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetDependenciesResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.GetDependenciesResponse.verify|verify} messages.
             * @param message GetDependenciesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IGetDependenciesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetDependenciesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetDependenciesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.GetDependenciesResponse;

            /**
             * Decodes a GetDependenciesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetDependenciesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.GetDependenciesResponse;

            /**
             * Verifies a GetDependenciesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetDependenciesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetDependenciesResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.GetDependenciesResponse;

            /**
             * Creates a plain object from a GetDependenciesResponse message. Also converts values to other types if specified.
             * @param message GetDependenciesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.GetDependenciesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetDependenciesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetDependenciesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Represents a QueryService */
        class QueryService extends $protobuf.rpc.Service {

            /**
             * Constructs a new QueryService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new QueryService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): QueryService;

            /**
             * Calls GetTrace.
             * @param request GetTraceRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and SpansResponseChunk
             */
            public getTrace(request: jaeger.api_v2.IGetTraceRequest, callback: jaeger.api_v2.QueryService.GetTraceCallback): void;

            /**
             * Calls GetTrace.
             * @param request GetTraceRequest message or plain object
             * @returns Promise
             */
            public getTrace(request: jaeger.api_v2.IGetTraceRequest): Promise<jaeger.api_v2.SpansResponseChunk>;

            /**
             * Calls ArchiveTrace.
             * @param request ArchiveTraceRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ArchiveTraceResponse
             */
            public archiveTrace(request: jaeger.api_v2.IArchiveTraceRequest, callback: jaeger.api_v2.QueryService.ArchiveTraceCallback): void;

            /**
             * Calls ArchiveTrace.
             * @param request ArchiveTraceRequest message or plain object
             * @returns Promise
             */
            public archiveTrace(request: jaeger.api_v2.IArchiveTraceRequest): Promise<jaeger.api_v2.ArchiveTraceResponse>;

            /**
             * Calls FindTraces.
             * @param request FindTracesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and SpansResponseChunk
             */
            public findTraces(request: jaeger.api_v2.IFindTracesRequest, callback: jaeger.api_v2.QueryService.FindTracesCallback): void;

            /**
             * Calls FindTraces.
             * @param request FindTracesRequest message or plain object
             * @returns Promise
             */
            public findTraces(request: jaeger.api_v2.IFindTracesRequest): Promise<jaeger.api_v2.SpansResponseChunk>;

            /**
             * Calls GetServices.
             * @param request GetServicesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and GetServicesResponse
             */
            public getServices(request: jaeger.api_v2.IGetServicesRequest, callback: jaeger.api_v2.QueryService.GetServicesCallback): void;

            /**
             * Calls GetServices.
             * @param request GetServicesRequest message or plain object
             * @returns Promise
             */
            public getServices(request: jaeger.api_v2.IGetServicesRequest): Promise<jaeger.api_v2.GetServicesResponse>;

            /**
             * Calls GetOperations.
             * @param request GetOperationsRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and GetOperationsResponse
             */
            public getOperations(request: jaeger.api_v2.IGetOperationsRequest, callback: jaeger.api_v2.QueryService.GetOperationsCallback): void;

            /**
             * Calls GetOperations.
             * @param request GetOperationsRequest message or plain object
             * @returns Promise
             */
            public getOperations(request: jaeger.api_v2.IGetOperationsRequest): Promise<jaeger.api_v2.GetOperationsResponse>;

            /**
             * Calls GetDependencies.
             * @param request GetDependenciesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and GetDependenciesResponse
             */
            public getDependencies(request: jaeger.api_v2.IGetDependenciesRequest, callback: jaeger.api_v2.QueryService.GetDependenciesCallback): void;

            /**
             * Calls GetDependencies.
             * @param request GetDependenciesRequest message or plain object
             * @returns Promise
             */
            public getDependencies(request: jaeger.api_v2.IGetDependenciesRequest): Promise<jaeger.api_v2.GetDependenciesResponse>;
        }

        namespace QueryService {

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getTrace}.
             * @param error Error, if any
             * @param [response] SpansResponseChunk
             */
            type GetTraceCallback = (error: (Error|null), response?: jaeger.api_v2.SpansResponseChunk) => void;

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#archiveTrace}.
             * @param error Error, if any
             * @param [response] ArchiveTraceResponse
             */
            type ArchiveTraceCallback = (error: (Error|null), response?: jaeger.api_v2.ArchiveTraceResponse) => void;

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#findTraces}.
             * @param error Error, if any
             * @param [response] SpansResponseChunk
             */
            type FindTracesCallback = (error: (Error|null), response?: jaeger.api_v2.SpansResponseChunk) => void;

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getServices}.
             * @param error Error, if any
             * @param [response] GetServicesResponse
             */
            type GetServicesCallback = (error: (Error|null), response?: jaeger.api_v2.GetServicesResponse) => void;

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getOperations}.
             * @param error Error, if any
             * @param [response] GetOperationsResponse
             */
            type GetOperationsCallback = (error: (Error|null), response?: jaeger.api_v2.GetOperationsResponse) => void;

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getDependencies}.
             * @param error Error, if any
             * @param [response] GetDependenciesResponse
             */
            type GetDependenciesCallback = (error: (Error|null), response?: jaeger.api_v2.GetDependenciesResponse) => void;
        }

        /** SamplingStrategyType enum. */
        enum SamplingStrategyType {
            PROBABILISTIC = 0,
            RATE_LIMITING = 1
        }

        /** Properties of a ProbabilisticSamplingStrategy. */
        interface IProbabilisticSamplingStrategy {

            /** ProbabilisticSamplingStrategy samplingRate */
            samplingRate?: (number|null);
        }

        /** Represents a ProbabilisticSamplingStrategy. */
        class ProbabilisticSamplingStrategy implements IProbabilisticSamplingStrategy {

            /**
             * Constructs a new ProbabilisticSamplingStrategy.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IProbabilisticSamplingStrategy);

            /** ProbabilisticSamplingStrategy samplingRate. */
            public samplingRate: number;

            /**
             * Creates a new ProbabilisticSamplingStrategy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProbabilisticSamplingStrategy instance
             */
            public static create(properties?: jaeger.api_v2.IProbabilisticSamplingStrategy): jaeger.api_v2.ProbabilisticSamplingStrategy;

            /**
             * Encodes the specified ProbabilisticSamplingStrategy message. Does not implicitly {@link jaeger.api_v2.ProbabilisticSamplingStrategy.verify|verify} messages.
             * @param message ProbabilisticSamplingStrategy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IProbabilisticSamplingStrategy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProbabilisticSamplingStrategy message, length delimited. Does not implicitly {@link jaeger.api_v2.ProbabilisticSamplingStrategy.verify|verify} messages.
             * @param message ProbabilisticSamplingStrategy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IProbabilisticSamplingStrategy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProbabilisticSamplingStrategy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProbabilisticSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.ProbabilisticSamplingStrategy;

            /**
             * Decodes a ProbabilisticSamplingStrategy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProbabilisticSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.ProbabilisticSamplingStrategy;

            /**
             * Verifies a ProbabilisticSamplingStrategy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProbabilisticSamplingStrategy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProbabilisticSamplingStrategy
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.ProbabilisticSamplingStrategy;

            /**
             * Creates a plain object from a ProbabilisticSamplingStrategy message. Also converts values to other types if specified.
             * @param message ProbabilisticSamplingStrategy
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.ProbabilisticSamplingStrategy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProbabilisticSamplingStrategy to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProbabilisticSamplingStrategy
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RateLimitingSamplingStrategy. */
        interface IRateLimitingSamplingStrategy {

            /** RateLimitingSamplingStrategy maxTracesPerSecond */
            maxTracesPerSecond?: (number|null);
        }

        /** Represents a RateLimitingSamplingStrategy. */
        class RateLimitingSamplingStrategy implements IRateLimitingSamplingStrategy {

            /**
             * Constructs a new RateLimitingSamplingStrategy.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IRateLimitingSamplingStrategy);

            /** RateLimitingSamplingStrategy maxTracesPerSecond. */
            public maxTracesPerSecond: number;

            /**
             * Creates a new RateLimitingSamplingStrategy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RateLimitingSamplingStrategy instance
             */
            public static create(properties?: jaeger.api_v2.IRateLimitingSamplingStrategy): jaeger.api_v2.RateLimitingSamplingStrategy;

            /**
             * Encodes the specified RateLimitingSamplingStrategy message. Does not implicitly {@link jaeger.api_v2.RateLimitingSamplingStrategy.verify|verify} messages.
             * @param message RateLimitingSamplingStrategy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IRateLimitingSamplingStrategy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RateLimitingSamplingStrategy message, length delimited. Does not implicitly {@link jaeger.api_v2.RateLimitingSamplingStrategy.verify|verify} messages.
             * @param message RateLimitingSamplingStrategy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IRateLimitingSamplingStrategy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RateLimitingSamplingStrategy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RateLimitingSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.RateLimitingSamplingStrategy;

            /**
             * Decodes a RateLimitingSamplingStrategy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RateLimitingSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.RateLimitingSamplingStrategy;

            /**
             * Verifies a RateLimitingSamplingStrategy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RateLimitingSamplingStrategy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RateLimitingSamplingStrategy
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.RateLimitingSamplingStrategy;

            /**
             * Creates a plain object from a RateLimitingSamplingStrategy message. Also converts values to other types if specified.
             * @param message RateLimitingSamplingStrategy
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.RateLimitingSamplingStrategy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RateLimitingSamplingStrategy to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RateLimitingSamplingStrategy
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an OperationSamplingStrategy. */
        interface IOperationSamplingStrategy {

            /** OperationSamplingStrategy operation */
            operation?: (string|null);

            /** OperationSamplingStrategy probabilisticSampling */
            probabilisticSampling?: (jaeger.api_v2.IProbabilisticSamplingStrategy|null);
        }

        /** Represents an OperationSamplingStrategy. */
        class OperationSamplingStrategy implements IOperationSamplingStrategy {

            /**
             * Constructs a new OperationSamplingStrategy.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IOperationSamplingStrategy);

            /** OperationSamplingStrategy operation. */
            public operation: string;

            /** OperationSamplingStrategy probabilisticSampling. */
            public probabilisticSampling?: (jaeger.api_v2.IProbabilisticSamplingStrategy|null);

            /**
             * Creates a new OperationSamplingStrategy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OperationSamplingStrategy instance
             */
            public static create(properties?: jaeger.api_v2.IOperationSamplingStrategy): jaeger.api_v2.OperationSamplingStrategy;

            /**
             * Encodes the specified OperationSamplingStrategy message. Does not implicitly {@link jaeger.api_v2.OperationSamplingStrategy.verify|verify} messages.
             * @param message OperationSamplingStrategy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IOperationSamplingStrategy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OperationSamplingStrategy message, length delimited. Does not implicitly {@link jaeger.api_v2.OperationSamplingStrategy.verify|verify} messages.
             * @param message OperationSamplingStrategy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IOperationSamplingStrategy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OperationSamplingStrategy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns OperationSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.OperationSamplingStrategy;

            /**
             * Decodes an OperationSamplingStrategy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns OperationSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.OperationSamplingStrategy;

            /**
             * Verifies an OperationSamplingStrategy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OperationSamplingStrategy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OperationSamplingStrategy
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.OperationSamplingStrategy;

            /**
             * Creates a plain object from an OperationSamplingStrategy message. Also converts values to other types if specified.
             * @param message OperationSamplingStrategy
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.OperationSamplingStrategy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OperationSamplingStrategy to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for OperationSamplingStrategy
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PerOperationSamplingStrategies. */
        interface IPerOperationSamplingStrategies {

            /** PerOperationSamplingStrategies defaultSamplingProbability */
            defaultSamplingProbability?: (number|null);

            /** PerOperationSamplingStrategies defaultLowerBoundTracesPerSecond */
            defaultLowerBoundTracesPerSecond?: (number|null);

            /** PerOperationSamplingStrategies perOperationStrategies */
            perOperationStrategies?: (jaeger.api_v2.IOperationSamplingStrategy[]|null);

            /** PerOperationSamplingStrategies defaultUpperBoundTracesPerSecond */
            defaultUpperBoundTracesPerSecond?: (number|null);
        }

        /** Represents a PerOperationSamplingStrategies. */
        class PerOperationSamplingStrategies implements IPerOperationSamplingStrategies {

            /**
             * Constructs a new PerOperationSamplingStrategies.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IPerOperationSamplingStrategies);

            /** PerOperationSamplingStrategies defaultSamplingProbability. */
            public defaultSamplingProbability: number;

            /** PerOperationSamplingStrategies defaultLowerBoundTracesPerSecond. */
            public defaultLowerBoundTracesPerSecond: number;

            /** PerOperationSamplingStrategies perOperationStrategies. */
            public perOperationStrategies: jaeger.api_v2.IOperationSamplingStrategy[];

            /** PerOperationSamplingStrategies defaultUpperBoundTracesPerSecond. */
            public defaultUpperBoundTracesPerSecond: number;

            /**
             * Creates a new PerOperationSamplingStrategies instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PerOperationSamplingStrategies instance
             */
            public static create(properties?: jaeger.api_v2.IPerOperationSamplingStrategies): jaeger.api_v2.PerOperationSamplingStrategies;

            /**
             * Encodes the specified PerOperationSamplingStrategies message. Does not implicitly {@link jaeger.api_v2.PerOperationSamplingStrategies.verify|verify} messages.
             * @param message PerOperationSamplingStrategies message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IPerOperationSamplingStrategies, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PerOperationSamplingStrategies message, length delimited. Does not implicitly {@link jaeger.api_v2.PerOperationSamplingStrategies.verify|verify} messages.
             * @param message PerOperationSamplingStrategies message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.IPerOperationSamplingStrategies, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PerOperationSamplingStrategies message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PerOperationSamplingStrategies
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.PerOperationSamplingStrategies;

            /**
             * Decodes a PerOperationSamplingStrategies message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns PerOperationSamplingStrategies
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.PerOperationSamplingStrategies;

            /**
             * Verifies a PerOperationSamplingStrategies message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PerOperationSamplingStrategies message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PerOperationSamplingStrategies
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.PerOperationSamplingStrategies;

            /**
             * Creates a plain object from a PerOperationSamplingStrategies message. Also converts values to other types if specified.
             * @param message PerOperationSamplingStrategies
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.PerOperationSamplingStrategies, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PerOperationSamplingStrategies to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PerOperationSamplingStrategies
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SamplingStrategyResponse. */
        interface ISamplingStrategyResponse {

            /** SamplingStrategyResponse strategyType */
            strategyType?: (jaeger.api_v2.SamplingStrategyType|null);

            /** SamplingStrategyResponse probabilisticSampling */
            probabilisticSampling?: (jaeger.api_v2.IProbabilisticSamplingStrategy|null);

            /** SamplingStrategyResponse rateLimitingSampling */
            rateLimitingSampling?: (jaeger.api_v2.IRateLimitingSamplingStrategy|null);

            /** SamplingStrategyResponse operationSampling */
            operationSampling?: (jaeger.api_v2.IPerOperationSamplingStrategies|null);
        }

        /** Represents a SamplingStrategyResponse. */
        class SamplingStrategyResponse implements ISamplingStrategyResponse {

            /**
             * Constructs a new SamplingStrategyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ISamplingStrategyResponse);

            /** SamplingStrategyResponse strategyType. */
            public strategyType: jaeger.api_v2.SamplingStrategyType;

            /** SamplingStrategyResponse probabilisticSampling. */
            public probabilisticSampling?: (jaeger.api_v2.IProbabilisticSamplingStrategy|null);

            /** SamplingStrategyResponse rateLimitingSampling. */
            public rateLimitingSampling?: (jaeger.api_v2.IRateLimitingSamplingStrategy|null);

            /** SamplingStrategyResponse operationSampling. */
            public operationSampling?: (jaeger.api_v2.IPerOperationSamplingStrategies|null);

            /**
             * Creates a new SamplingStrategyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SamplingStrategyResponse instance
             */
            public static create(properties?: jaeger.api_v2.ISamplingStrategyResponse): jaeger.api_v2.SamplingStrategyResponse;

            /**
             * Encodes the specified SamplingStrategyResponse message. Does not implicitly {@link jaeger.api_v2.SamplingStrategyResponse.verify|verify} messages.
             * @param message SamplingStrategyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ISamplingStrategyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SamplingStrategyResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.SamplingStrategyResponse.verify|verify} messages.
             * @param message SamplingStrategyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ISamplingStrategyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SamplingStrategyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SamplingStrategyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.SamplingStrategyResponse;

            /**
             * Decodes a SamplingStrategyResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SamplingStrategyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.SamplingStrategyResponse;

            /**
             * Verifies a SamplingStrategyResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SamplingStrategyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SamplingStrategyResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.SamplingStrategyResponse;

            /**
             * Creates a plain object from a SamplingStrategyResponse message. Also converts values to other types if specified.
             * @param message SamplingStrategyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.SamplingStrategyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SamplingStrategyResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SamplingStrategyResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SamplingStrategyParameters. */
        interface ISamplingStrategyParameters {

            /** SamplingStrategyParameters serviceName */
            serviceName?: (string|null);
        }

        /** Represents a SamplingStrategyParameters. */
        class SamplingStrategyParameters implements ISamplingStrategyParameters {

            /**
             * Constructs a new SamplingStrategyParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ISamplingStrategyParameters);

            /** SamplingStrategyParameters serviceName. */
            public serviceName: string;

            /**
             * Creates a new SamplingStrategyParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SamplingStrategyParameters instance
             */
            public static create(properties?: jaeger.api_v2.ISamplingStrategyParameters): jaeger.api_v2.SamplingStrategyParameters;

            /**
             * Encodes the specified SamplingStrategyParameters message. Does not implicitly {@link jaeger.api_v2.SamplingStrategyParameters.verify|verify} messages.
             * @param message SamplingStrategyParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ISamplingStrategyParameters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SamplingStrategyParameters message, length delimited. Does not implicitly {@link jaeger.api_v2.SamplingStrategyParameters.verify|verify} messages.
             * @param message SamplingStrategyParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v2.ISamplingStrategyParameters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SamplingStrategyParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SamplingStrategyParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.SamplingStrategyParameters;

            /**
             * Decodes a SamplingStrategyParameters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SamplingStrategyParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v2.SamplingStrategyParameters;

            /**
             * Verifies a SamplingStrategyParameters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SamplingStrategyParameters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SamplingStrategyParameters
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v2.SamplingStrategyParameters;

            /**
             * Creates a plain object from a SamplingStrategyParameters message. Also converts values to other types if specified.
             * @param message SamplingStrategyParameters
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v2.SamplingStrategyParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SamplingStrategyParameters to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SamplingStrategyParameters
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Represents a SamplingManager */
        class SamplingManager extends $protobuf.rpc.Service {

            /**
             * Constructs a new SamplingManager service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new SamplingManager service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): SamplingManager;

            /**
             * Calls GetSamplingStrategy.
             * @param request SamplingStrategyParameters message or plain object
             * @param callback Node-style callback called with the error, if any, and SamplingStrategyResponse
             */
            public getSamplingStrategy(request: jaeger.api_v2.ISamplingStrategyParameters, callback: jaeger.api_v2.SamplingManager.GetSamplingStrategyCallback): void;

            /**
             * Calls GetSamplingStrategy.
             * @param request SamplingStrategyParameters message or plain object
             * @returns Promise
             */
            public getSamplingStrategy(request: jaeger.api_v2.ISamplingStrategyParameters): Promise<jaeger.api_v2.SamplingStrategyResponse>;
        }

        namespace SamplingManager {

            /**
             * Callback as used by {@link jaeger.api_v2.SamplingManager#getSamplingStrategy}.
             * @param error Error, if any
             * @param [response] SamplingStrategyResponse
             */
            type GetSamplingStrategyCallback = (error: (Error|null), response?: jaeger.api_v2.SamplingStrategyResponse) => void;
        }
    }

    /** Namespace api_v3. */
    namespace api_v3 {

        /** Properties of a GetTraceRequest. */
        interface IGetTraceRequest {

            /** GetTraceRequest traceId */
            traceId?: (string|null);

            /** GetTraceRequest startTime */
            startTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest endTime */
            endTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest rawTraces */
            rawTraces?: (boolean|null);
        }

        /** Represents a GetTraceRequest. */
        class GetTraceRequest implements IGetTraceRequest {

            /**
             * Constructs a new GetTraceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.IGetTraceRequest);

            /** GetTraceRequest traceId. */
            public traceId: string;

            /** GetTraceRequest startTime. */
            public startTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest endTime. */
            public endTime?: (google.protobuf.ITimestamp|null);

            /** GetTraceRequest rawTraces. */
            public rawTraces: boolean;

            /**
             * Creates a new GetTraceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetTraceRequest instance
             */
            public static create(properties?: jaeger.api_v3.IGetTraceRequest): jaeger.api_v3.GetTraceRequest;

            /**
             * Encodes the specified GetTraceRequest message. Does not implicitly {@link jaeger.api_v3.GetTraceRequest.verify|verify} messages.
             * @param message GetTraceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.IGetTraceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetTraceRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.GetTraceRequest.verify|verify} messages.
             * @param message GetTraceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.IGetTraceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.GetTraceRequest;

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.GetTraceRequest;

            /**
             * Verifies a GetTraceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetTraceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetTraceRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.GetTraceRequest;

            /**
             * Creates a plain object from a GetTraceRequest message. Also converts values to other types if specified.
             * @param message GetTraceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.GetTraceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetTraceRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetTraceRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TraceQueryParameters. */
        interface ITraceQueryParameters {

            /** TraceQueryParameters serviceName */
            serviceName?: (string|null);

            /** TraceQueryParameters operationName */
            operationName?: (string|null);

            /** TraceQueryParameters attributes */
            attributes?: ({ [k: string]: string }|null);

            /** TraceQueryParameters startTimeMin */
            startTimeMin?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters startTimeMax */
            startTimeMax?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters durationMin */
            durationMin?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters durationMax */
            durationMax?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters searchDepth */
            searchDepth?: (number|null);

            /** TraceQueryParameters rawTraces */
            rawTraces?: (boolean|null);
        }

        /** Represents a TraceQueryParameters. */
        class TraceQueryParameters implements ITraceQueryParameters {

            /**
             * Constructs a new TraceQueryParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.ITraceQueryParameters);

            /** TraceQueryParameters serviceName. */
            public serviceName: string;

            /** TraceQueryParameters operationName. */
            public operationName: string;

            /** TraceQueryParameters attributes. */
            public attributes: { [k: string]: string };

            /** TraceQueryParameters startTimeMin. */
            public startTimeMin?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters startTimeMax. */
            public startTimeMax?: (google.protobuf.ITimestamp|null);

            /** TraceQueryParameters durationMin. */
            public durationMin?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters durationMax. */
            public durationMax?: (google.protobuf.IDuration|null);

            /** TraceQueryParameters searchDepth. */
            public searchDepth: number;

            /** TraceQueryParameters rawTraces. */
            public rawTraces: boolean;

            /**
             * Creates a new TraceQueryParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TraceQueryParameters instance
             */
            public static create(properties?: jaeger.api_v3.ITraceQueryParameters): jaeger.api_v3.TraceQueryParameters;

            /**
             * Encodes the specified TraceQueryParameters message. Does not implicitly {@link jaeger.api_v3.TraceQueryParameters.verify|verify} messages.
             * @param message TraceQueryParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.ITraceQueryParameters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TraceQueryParameters message, length delimited. Does not implicitly {@link jaeger.api_v3.TraceQueryParameters.verify|verify} messages.
             * @param message TraceQueryParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.ITraceQueryParameters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.TraceQueryParameters;

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.TraceQueryParameters;

            /**
             * Verifies a TraceQueryParameters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TraceQueryParameters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TraceQueryParameters
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.TraceQueryParameters;

            /**
             * Creates a plain object from a TraceQueryParameters message. Also converts values to other types if specified.
             * @param message TraceQueryParameters
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.TraceQueryParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TraceQueryParameters to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TraceQueryParameters
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FindTracesRequest. */
        interface IFindTracesRequest {

            /** FindTracesRequest query */
            query?: (jaeger.api_v3.ITraceQueryParameters|null);
        }

        /** Represents a FindTracesRequest. */
        class FindTracesRequest implements IFindTracesRequest {

            /**
             * Constructs a new FindTracesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.IFindTracesRequest);

            /** FindTracesRequest query. */
            public query?: (jaeger.api_v3.ITraceQueryParameters|null);

            /**
             * Creates a new FindTracesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FindTracesRequest instance
             */
            public static create(properties?: jaeger.api_v3.IFindTracesRequest): jaeger.api_v3.FindTracesRequest;

            /**
             * Encodes the specified FindTracesRequest message. Does not implicitly {@link jaeger.api_v3.FindTracesRequest.verify|verify} messages.
             * @param message FindTracesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.IFindTracesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FindTracesRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.FindTracesRequest.verify|verify} messages.
             * @param message FindTracesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.IFindTracesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.FindTracesRequest;

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.FindTracesRequest;

            /**
             * Verifies a FindTracesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FindTracesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FindTracesRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.FindTracesRequest;

            /**
             * Creates a plain object from a FindTracesRequest message. Also converts values to other types if specified.
             * @param message FindTracesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.FindTracesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FindTracesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FindTracesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetServicesRequest. */
        interface IGetServicesRequest {
        }

        /** Represents a GetServicesRequest. */
        class GetServicesRequest implements IGetServicesRequest {

            /**
             * Constructs a new GetServicesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.IGetServicesRequest);

            /**
             * Creates a new GetServicesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetServicesRequest instance
             */
            public static create(properties?: jaeger.api_v3.IGetServicesRequest): jaeger.api_v3.GetServicesRequest;

            /**
             * Encodes the specified GetServicesRequest message. Does not implicitly {@link jaeger.api_v3.GetServicesRequest.verify|verify} messages.
             * @param message GetServicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.IGetServicesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetServicesRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.GetServicesRequest.verify|verify} messages.
             * @param message GetServicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.IGetServicesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.GetServicesRequest;

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.GetServicesRequest;

            /**
             * Verifies a GetServicesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetServicesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetServicesRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.GetServicesRequest;

            /**
             * Creates a plain object from a GetServicesRequest message. Also converts values to other types if specified.
             * @param message GetServicesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.GetServicesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetServicesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetServicesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetServicesResponse. */
        interface IGetServicesResponse {

            /** GetServicesResponse services */
            services?: (string[]|null);
        }

        /** Represents a GetServicesResponse. */
        class GetServicesResponse implements IGetServicesResponse {

            /**
             * Constructs a new GetServicesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.IGetServicesResponse);

            /** GetServicesResponse services. */
            public services: string[];

            /**
             * Creates a new GetServicesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetServicesResponse instance
             */
            public static create(properties?: jaeger.api_v3.IGetServicesResponse): jaeger.api_v3.GetServicesResponse;

            /**
             * Encodes the specified GetServicesResponse message. Does not implicitly {@link jaeger.api_v3.GetServicesResponse.verify|verify} messages.
             * @param message GetServicesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.IGetServicesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetServicesResponse message, length delimited. Does not implicitly {@link jaeger.api_v3.GetServicesResponse.verify|verify} messages.
             * @param message GetServicesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.IGetServicesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.GetServicesResponse;

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.GetServicesResponse;

            /**
             * Verifies a GetServicesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetServicesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetServicesResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.GetServicesResponse;

            /**
             * Creates a plain object from a GetServicesResponse message. Also converts values to other types if specified.
             * @param message GetServicesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.GetServicesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetServicesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetServicesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetOperationsRequest. */
        interface IGetOperationsRequest {

            /** GetOperationsRequest service */
            service?: (string|null);

            /** GetOperationsRequest spanKind */
            spanKind?: (string|null);
        }

        /** Represents a GetOperationsRequest. */
        class GetOperationsRequest implements IGetOperationsRequest {

            /**
             * Constructs a new GetOperationsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.IGetOperationsRequest);

            /** GetOperationsRequest service. */
            public service: string;

            /** GetOperationsRequest spanKind. */
            public spanKind: string;

            /**
             * Creates a new GetOperationsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetOperationsRequest instance
             */
            public static create(properties?: jaeger.api_v3.IGetOperationsRequest): jaeger.api_v3.GetOperationsRequest;

            /**
             * Encodes the specified GetOperationsRequest message. Does not implicitly {@link jaeger.api_v3.GetOperationsRequest.verify|verify} messages.
             * @param message GetOperationsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.IGetOperationsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetOperationsRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.GetOperationsRequest.verify|verify} messages.
             * @param message GetOperationsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.IGetOperationsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.GetOperationsRequest;

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.GetOperationsRequest;

            /**
             * Verifies a GetOperationsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetOperationsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetOperationsRequest
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.GetOperationsRequest;

            /**
             * Creates a plain object from a GetOperationsRequest message. Also converts values to other types if specified.
             * @param message GetOperationsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.GetOperationsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetOperationsRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetOperationsRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Operation. */
        interface IOperation {

            /** Operation name */
            name?: (string|null);

            /** Operation spanKind */
            spanKind?: (string|null);
        }

        /** Represents an Operation. */
        class Operation implements IOperation {

            /**
             * Constructs a new Operation.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.IOperation);

            /** Operation name. */
            public name: string;

            /** Operation spanKind. */
            public spanKind: string;

            /**
             * Creates a new Operation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Operation instance
             */
            public static create(properties?: jaeger.api_v3.IOperation): jaeger.api_v3.Operation;

            /**
             * Encodes the specified Operation message. Does not implicitly {@link jaeger.api_v3.Operation.verify|verify} messages.
             * @param message Operation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.IOperation, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Operation message, length delimited. Does not implicitly {@link jaeger.api_v3.Operation.verify|verify} messages.
             * @param message Operation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.IOperation, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.Operation;

            /**
             * Decodes an Operation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.Operation;

            /**
             * Verifies an Operation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Operation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Operation
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.Operation;

            /**
             * Creates a plain object from an Operation message. Also converts values to other types if specified.
             * @param message Operation
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.Operation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Operation to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Operation
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GetOperationsResponse. */
        interface IGetOperationsResponse {

            /** GetOperationsResponse operations */
            operations?: (jaeger.api_v3.IOperation[]|null);
        }

        /** Represents a GetOperationsResponse. */
        class GetOperationsResponse implements IGetOperationsResponse {

            /**
             * Constructs a new GetOperationsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v3.IGetOperationsResponse);

            /** GetOperationsResponse operations. */
            public operations: jaeger.api_v3.IOperation[];

            /**
             * Creates a new GetOperationsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetOperationsResponse instance
             */
            public static create(properties?: jaeger.api_v3.IGetOperationsResponse): jaeger.api_v3.GetOperationsResponse;

            /**
             * Encodes the specified GetOperationsResponse message. Does not implicitly {@link jaeger.api_v3.GetOperationsResponse.verify|verify} messages.
             * @param message GetOperationsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v3.IGetOperationsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetOperationsResponse message, length delimited. Does not implicitly {@link jaeger.api_v3.GetOperationsResponse.verify|verify} messages.
             * @param message GetOperationsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: jaeger.api_v3.IGetOperationsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v3.GetOperationsResponse;

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): jaeger.api_v3.GetOperationsResponse;

            /**
             * Verifies a GetOperationsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetOperationsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetOperationsResponse
             */
            public static fromObject(object: { [k: string]: any }): jaeger.api_v3.GetOperationsResponse;

            /**
             * Creates a plain object from a GetOperationsResponse message. Also converts values to other types if specified.
             * @param message GetOperationsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: jaeger.api_v3.GetOperationsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetOperationsResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GetOperationsResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Represents a QueryService */
        class QueryService extends $protobuf.rpc.Service {

            /**
             * Constructs a new QueryService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new QueryService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): QueryService;

            /**
             * Calls GetTrace.
             * @param request GetTraceRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and TracesData
             */
            public getTrace(request: jaeger.api_v3.IGetTraceRequest, callback: jaeger.api_v3.QueryService.GetTraceCallback): void;

            /**
             * Calls GetTrace.
             * @param request GetTraceRequest message or plain object
             * @returns Promise
             */
            public getTrace(request: jaeger.api_v3.IGetTraceRequest): Promise<opentelemetry.proto.trace.v1.TracesData>;

            /**
             * Calls FindTraces.
             * @param request FindTracesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and TracesData
             */
            public findTraces(request: jaeger.api_v3.IFindTracesRequest, callback: jaeger.api_v3.QueryService.FindTracesCallback): void;

            /**
             * Calls FindTraces.
             * @param request FindTracesRequest message or plain object
             * @returns Promise
             */
            public findTraces(request: jaeger.api_v3.IFindTracesRequest): Promise<opentelemetry.proto.trace.v1.TracesData>;

            /**
             * Calls GetServices.
             * @param request GetServicesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and GetServicesResponse
             */
            public getServices(request: jaeger.api_v3.IGetServicesRequest, callback: jaeger.api_v3.QueryService.GetServicesCallback): void;

            /**
             * Calls GetServices.
             * @param request GetServicesRequest message or plain object
             * @returns Promise
             */
            public getServices(request: jaeger.api_v3.IGetServicesRequest): Promise<jaeger.api_v3.GetServicesResponse>;

            /**
             * Calls GetOperations.
             * @param request GetOperationsRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and GetOperationsResponse
             */
            public getOperations(request: jaeger.api_v3.IGetOperationsRequest, callback: jaeger.api_v3.QueryService.GetOperationsCallback): void;

            /**
             * Calls GetOperations.
             * @param request GetOperationsRequest message or plain object
             * @returns Promise
             */
            public getOperations(request: jaeger.api_v3.IGetOperationsRequest): Promise<jaeger.api_v3.GetOperationsResponse>;
        }

        namespace QueryService {

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#getTrace}.
             * @param error Error, if any
             * @param [response] TracesData
             */
            type GetTraceCallback = (error: (Error|null), response?: opentelemetry.proto.trace.v1.TracesData) => void;

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#findTraces}.
             * @param error Error, if any
             * @param [response] TracesData
             */
            type FindTracesCallback = (error: (Error|null), response?: opentelemetry.proto.trace.v1.TracesData) => void;

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#getServices}.
             * @param error Error, if any
             * @param [response] GetServicesResponse
             */
            type GetServicesCallback = (error: (Error|null), response?: jaeger.api_v3.GetServicesResponse) => void;

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#getOperations}.
             * @param error Error, if any
             * @param [response] GetOperationsResponse
             */
            type GetOperationsCallback = (error: (Error|null), response?: jaeger.api_v3.GetOperationsResponse) => void;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /** Properties of a Timestamp. */
        interface ITimestamp {

            /** Timestamp seconds */
            seconds?: (Long|null);

            /** Timestamp nanos */
            nanos?: (number|null);
        }

        /** Represents a Timestamp. */
        class Timestamp implements ITimestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ITimestamp);

            /** Timestamp seconds. */
            public seconds: Long;

            /** Timestamp nanos. */
            public nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            public static create(properties?: google.protobuf.ITimestamp): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Timestamp
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Duration. */
        interface IDuration {

            /** Duration seconds */
            seconds?: (Long|null);

            /** Duration nanos */
            nanos?: (number|null);
        }

        /** Represents a Duration. */
        class Duration implements IDuration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IDuration);

            /** Duration seconds. */
            public seconds: Long;

            /** Duration nanos. */
            public nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            public static create(properties?: google.protobuf.IDuration): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IDuration, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IDuration, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration;

            /**
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Duration;

            /**
             * Verifies a Duration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Duration
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.Duration;

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @param message Duration
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Duration to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Duration
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Any. */
        interface IAny {

            /** Any type_url */
            type_url?: (string|null);

            /** Any value */
            value?: (Uint8Array|null);
        }

        /** Represents an Any. */
        class Any implements IAny {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IAny);

            /** Any type_url. */
            public type_url: string;

            /** Any value. */
            public value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            public static create(properties?: google.protobuf.IAny): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any;

            /**
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Any;

            /**
             * Verifies an Any message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Any
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Namespace rpc. */
    namespace rpc {

        /** Properties of a Status. */
        interface IStatus {

            /** Status code */
            code?: (number|null);

            /** Status message */
            message?: (string|null);

            /** Status details */
            details?: (google.protobuf.IAny[]|null);
        }

        /** Represents a Status. */
        class Status implements IStatus {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.IStatus);

            /** Status code. */
            public code: number;

            /** Status message. */
            public message: string;

            /** Status details. */
            public details: google.protobuf.IAny[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            public static create(properties?: google.rpc.IStatus): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.rpc.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.rpc.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status;

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.rpc.Status;

            /**
             * Verifies a Status message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            public static fromObject(object: { [k: string]: any }): google.rpc.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Status
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RetryInfo. */
        interface IRetryInfo {

            /** RetryInfo retryDelay */
            retryDelay?: (google.protobuf.IDuration|null);
        }

        /** Represents a RetryInfo. */
        class RetryInfo implements IRetryInfo {

            /**
             * Constructs a new RetryInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.IRetryInfo);

            /** RetryInfo retryDelay. */
            public retryDelay?: (google.protobuf.IDuration|null);

            /**
             * Creates a new RetryInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RetryInfo instance
             */
            public static create(properties?: google.rpc.IRetryInfo): google.rpc.RetryInfo;

            /**
             * Encodes the specified RetryInfo message. Does not implicitly {@link google.rpc.RetryInfo.verify|verify} messages.
             * @param message RetryInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.rpc.IRetryInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RetryInfo message, length delimited. Does not implicitly {@link google.rpc.RetryInfo.verify|verify} messages.
             * @param message RetryInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.rpc.IRetryInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RetryInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RetryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.RetryInfo;

            /**
             * Decodes a RetryInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RetryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.rpc.RetryInfo;

            /**
             * Verifies a RetryInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RetryInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RetryInfo
             */
            public static fromObject(object: { [k: string]: any }): google.rpc.RetryInfo;

            /**
             * Creates a plain object from a RetryInfo message. Also converts values to other types if specified.
             * @param message RetryInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.rpc.RetryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RetryInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RetryInfo
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
