/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const opentelemetry = $root.opentelemetry = (() => {

    /**
     * Namespace opentelemetry.
     * @exports opentelemetry
     * @namespace
     */
    const opentelemetry = {};

    opentelemetry.proto = (function() {

        /**
         * Namespace proto.
         * @memberof opentelemetry
         * @namespace
         */
        const proto = {};

        proto.common = (function() {

            /**
             * Namespace common.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const common = {};

            common.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.common
                 * @namespace
                 */
                const v1 = {};

                v1.AnyValue = (function() {

                    /**
                     * Properties of an AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IAnyValue
                     * @property {string|null} [stringValue] AnyValue stringValue
                     * @property {boolean|null} [boolValue] AnyValue boolValue
                     * @property {Long|null} [intValue] AnyValue intValue
                     * @property {number|null} [doubleValue] AnyValue doubleValue
                     * @property {opentelemetry.proto.common.v1.IArrayValue|null} [arrayValue] AnyValue arrayValue
                     * @property {opentelemetry.proto.common.v1.IKeyValueList|null} [kvlistValue] AnyValue kvlistValue
                     * @property {Uint8Array|null} [bytesValue] AnyValue bytesValue
                     */

                    /**
                     * Constructs a new AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an AnyValue.
                     * @implements IAnyValue
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.IAnyValue=} [properties] Properties to set
                     */
                    function AnyValue(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * AnyValue stringValue.
                     * @member {string|null|undefined} stringValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.stringValue = null;

                    /**
                     * AnyValue boolValue.
                     * @member {boolean|null|undefined} boolValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.boolValue = null;

                    /**
                     * AnyValue intValue.
                     * @member {Long|null|undefined} intValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.intValue = null;

                    /**
                     * AnyValue doubleValue.
                     * @member {number|null|undefined} doubleValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.doubleValue = null;

                    /**
                     * AnyValue arrayValue.
                     * @member {opentelemetry.proto.common.v1.IArrayValue|null|undefined} arrayValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.arrayValue = null;

                    /**
                     * AnyValue kvlistValue.
                     * @member {opentelemetry.proto.common.v1.IKeyValueList|null|undefined} kvlistValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.kvlistValue = null;

                    /**
                     * AnyValue bytesValue.
                     * @member {Uint8Array|null|undefined} bytesValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.bytesValue = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * AnyValue value.
                     * @member {"stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"|undefined} value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    Object.defineProperty(AnyValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IAnyValue=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue instance
                     */
                    AnyValue.create = function create(properties) {
                        return new AnyValue(properties);
                    };

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IAnyValue} message AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.stringValue);
                        if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue"))
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.boolValue);
                        if (message.intValue != null && Object.hasOwnProperty.call(message, "intValue"))
                            writer.uint32(/* id 3, wireType 0 =*/24).int64(message.intValue);
                        if (message.doubleValue != null && Object.hasOwnProperty.call(message, "doubleValue"))
                            writer.uint32(/* id 4, wireType 1 =*/33).double(message.doubleValue);
                        if (message.arrayValue != null && Object.hasOwnProperty.call(message, "arrayValue"))
                            $root.opentelemetry.proto.common.v1.ArrayValue.encode(message.arrayValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (message.kvlistValue != null && Object.hasOwnProperty.call(message, "kvlistValue"))
                            $root.opentelemetry.proto.common.v1.KeyValueList.encode(message.kvlistValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        if (message.bytesValue != null && Object.hasOwnProperty.call(message, "bytesValue"))
                            writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.bytesValue);
                        return writer;
                    };

                    /**
                     * Encodes the specified AnyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IAnyValue} message AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.common.v1.AnyValue();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.stringValue = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.boolValue = reader.bool();
                                    break;
                                }
                            case 3: {
                                    message.intValue = reader.int64();
                                    break;
                                }
                            case 4: {
                                    message.doubleValue = reader.double();
                                    break;
                                }
                            case 5: {
                                    message.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 6: {
                                    message.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 7: {
                                    message.bytesValue = reader.bytes();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies an AnyValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    AnyValue.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        let properties = {};
                        if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue")) {
                            properties.value = 1;
                            if (!$util.isString(message.stringValue))
                                return "stringValue: string expected";
                        }
                        if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (typeof message.boolValue !== "boolean")
                                return "boolValue: boolean expected";
                        }
                        if (message.intValue != null && Object.hasOwnProperty.call(message, "intValue")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (!$util.isInteger(message.intValue) && !(message.intValue && $util.isInteger(message.intValue.low) && $util.isInteger(message.intValue.high)))
                                return "intValue: integer|Long expected";
                        }
                        if (message.doubleValue != null && Object.hasOwnProperty.call(message, "doubleValue")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (typeof message.doubleValue !== "number")
                                return "doubleValue: number expected";
                        }
                        if (message.arrayValue != null && Object.hasOwnProperty.call(message, "arrayValue")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            {
                                let error = $root.opentelemetry.proto.common.v1.ArrayValue.verify(message.arrayValue, long + 1);
                                if (error)
                                    return "arrayValue." + error;
                            }
                        }
                        if (message.kvlistValue != null && Object.hasOwnProperty.call(message, "kvlistValue")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            {
                                let error = $root.opentelemetry.proto.common.v1.KeyValueList.verify(message.kvlistValue, long + 1);
                                if (error)
                                    return "kvlistValue." + error;
                            }
                        }
                        if (message.bytesValue != null && Object.hasOwnProperty.call(message, "bytesValue")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (!(message.bytesValue && typeof message.bytesValue.length === "number" || $util.isString(message.bytesValue)))
                                return "bytesValue: buffer expected";
                        }
                        return null;
                    };

                    /**
                     * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue
                     */
                    AnyValue.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.AnyValue)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.common.v1.AnyValue: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.AnyValue();
                        if (object.stringValue != null)
                            message.stringValue = String(object.stringValue);
                        if (object.boolValue != null)
                            message.boolValue = Boolean(object.boolValue);
                        if (object.intValue != null)
                            if ($util.Long)
                                message.intValue = $util.Long.fromValue(object.intValue, false);
                            else if (typeof object.intValue === "string")
                                message.intValue = parseInt(object.intValue, 10);
                            else if (typeof object.intValue === "number")
                                message.intValue = object.intValue;
                            else if (typeof object.intValue === "object")
                                message.intValue = new $util.LongBits(object.intValue.low >>> 0, object.intValue.high >>> 0).toNumber();
                        if (object.doubleValue != null)
                            message.doubleValue = Number(object.doubleValue);
                        if (object.arrayValue != null) {
                            if (!$util.isObject(object.arrayValue))
                                throw TypeError(".opentelemetry.proto.common.v1.AnyValue.arrayValue: object expected");
                            message.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.fromObject(object.arrayValue, long + 1);
                        }
                        if (object.kvlistValue != null) {
                            if (!$util.isObject(object.kvlistValue))
                                throw TypeError(".opentelemetry.proto.common.v1.AnyValue.kvlistValue: object expected");
                            message.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.fromObject(object.kvlistValue, long + 1);
                        }
                        if (object.bytesValue != null)
                            if (typeof object.bytesValue === "string")
                                $util.base64.decode(object.bytesValue, message.bytesValue = $util.newBuffer($util.base64.length(object.bytesValue)), 0);
                            else if (object.bytesValue.length >= 0)
                                message.bytesValue = object.bytesValue;
                        return message;
                    };

                    /**
                     * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue} message AnyValue
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    AnyValue.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue")) {
                            object.stringValue = message.stringValue;
                            if (options.oneofs)
                                object.value = "stringValue";
                        }
                        if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue")) {
                            object.boolValue = message.boolValue;
                            if (options.oneofs)
                                object.value = "boolValue";
                        }
                        if (message.intValue != null && Object.hasOwnProperty.call(message, "intValue")) {
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.intValue = typeof message.intValue === "number" ? BigInt(message.intValue) : $util.Long.fromBits(message.intValue.low >>> 0, message.intValue.high >>> 0, false).toBigInt();
                            else if (typeof message.intValue === "number")
                                object.intValue = options.longs === String ? String(message.intValue) : message.intValue;
                            else
                                object.intValue = options.longs === String ? $util.Long.prototype.toString.call(message.intValue) : options.longs === Number ? new $util.LongBits(message.intValue.low >>> 0, message.intValue.high >>> 0).toNumber() : message.intValue;
                            if (options.oneofs)
                                object.value = "intValue";
                        }
                        if (message.doubleValue != null && Object.hasOwnProperty.call(message, "doubleValue")) {
                            object.doubleValue = options.json && !isFinite(message.doubleValue) ? String(message.doubleValue) : message.doubleValue;
                            if (options.oneofs)
                                object.value = "doubleValue";
                        }
                        if (message.arrayValue != null && Object.hasOwnProperty.call(message, "arrayValue")) {
                            object.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.toObject(message.arrayValue, options, q + 1);
                            if (options.oneofs)
                                object.value = "arrayValue";
                        }
                        if (message.kvlistValue != null && Object.hasOwnProperty.call(message, "kvlistValue")) {
                            object.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.toObject(message.kvlistValue, options, q + 1);
                            if (options.oneofs)
                                object.value = "kvlistValue";
                        }
                        if (message.bytesValue != null && Object.hasOwnProperty.call(message, "bytesValue")) {
                            object.bytesValue = options.bytes === String ? $util.base64.encode(message.bytesValue, 0, message.bytesValue.length) : options.bytes === Array ? Array.prototype.slice.call(message.bytesValue) : message.bytesValue;
                            if (options.oneofs)
                                object.value = "bytesValue";
                        }
                        return object;
                    };

                    /**
                     * Converts this AnyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    AnyValue.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for AnyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    AnyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.common.v1.AnyValue";
                    };

                    return AnyValue;
                })();

                v1.ArrayValue = (function() {

                    /**
                     * Properties of an ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IArrayValue
                     * @property {Array.<opentelemetry.proto.common.v1.IAnyValue>|null} [values] ArrayValue values
                     */

                    /**
                     * Constructs a new ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an ArrayValue.
                     * @implements IArrayValue
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.IArrayValue=} [properties] Properties to set
                     */
                    function ArrayValue(properties) {
                        this.values = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ArrayValue values.
                     * @member {Array.<opentelemetry.proto.common.v1.IAnyValue>} values
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     */
                    ArrayValue.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IArrayValue=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue instance
                     */
                    ArrayValue.create = function create(properties) {
                        return new ArrayValue(properties);
                    };

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IArrayValue} message ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.values != null && message.values.length)
                            for (let i = 0; i < message.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.AnyValue.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Encodes the specified ArrayValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IArrayValue} message ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.common.v1.ArrayValue();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.values && message.values.length))
                                        message.values = [];
                                    message.values.push($root.opentelemetry.proto.common.v1.AnyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies an ArrayValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ArrayValue.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.values != null && Object.hasOwnProperty.call(message, "values")) {
                            if (!Array.isArray(message.values))
                                return "values: array expected";
                            for (let i = 0; i < message.values.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.AnyValue.verify(message.values[i], long + 1);
                                if (error)
                                    return "values." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue
                     */
                    ArrayValue.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.ArrayValue)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.common.v1.ArrayValue: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.ArrayValue();
                        if (object.values) {
                            if (!Array.isArray(object.values))
                                throw TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: array expected");
                            message.values = [];
                            for (let i = 0; i < object.values.length; ++i) {
                                if (!$util.isObject(object.values[i]))
                                    throw TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: object expected");
                                message.values[i] = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(object.values[i], long + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue} message ArrayValue
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ArrayValue.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.values = [];
                        if (message.values && message.values.length) {
                            object.values = [];
                            for (let j = 0; j < message.values.length; ++j)
                                object.values[j] = $root.opentelemetry.proto.common.v1.AnyValue.toObject(message.values[j], options, q + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this ArrayValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ArrayValue.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for ArrayValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ArrayValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.common.v1.ArrayValue";
                    };

                    return ArrayValue;
                })();

                v1.KeyValueList = (function() {

                    /**
                     * Properties of a KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValueList
                     * @property {Array.<opentelemetry.proto.common.v1.IKeyValue>|null} [values] KeyValueList values
                     */

                    /**
                     * Constructs a new KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValueList.
                     * @implements IKeyValueList
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.IKeyValueList=} [properties] Properties to set
                     */
                    function KeyValueList(properties) {
                        this.values = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * KeyValueList values.
                     * @member {Array.<opentelemetry.proto.common.v1.IKeyValue>} values
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     */
                    KeyValueList.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.IKeyValueList=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList instance
                     */
                    KeyValueList.create = function create(properties) {
                        return new KeyValueList(properties);
                    };

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.IKeyValueList} message KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.values != null && message.values.length)
                            for (let i = 0; i < message.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Encodes the specified KeyValueList message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.IKeyValueList} message KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.common.v1.KeyValueList();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.values && message.values.length))
                                        message.values = [];
                                    message.values.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a KeyValueList message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    KeyValueList.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.values != null && Object.hasOwnProperty.call(message, "values")) {
                            if (!Array.isArray(message.values))
                                return "values: array expected";
                            for (let i = 0; i < message.values.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.values[i], long + 1);
                                if (error)
                                    return "values." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList
                     */
                    KeyValueList.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.KeyValueList)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.common.v1.KeyValueList: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.KeyValueList();
                        if (object.values) {
                            if (!Array.isArray(object.values))
                                throw TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: array expected");
                            message.values = [];
                            for (let i = 0; i < object.values.length; ++i) {
                                if (!$util.isObject(object.values[i]))
                                    throw TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: object expected");
                                message.values[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.values[i], long + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList} message KeyValueList
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValueList.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.values = [];
                        if (message.values && message.values.length) {
                            object.values = [];
                            for (let j = 0; j < message.values.length; ++j)
                                object.values[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.values[j], options, q + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this KeyValueList to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValueList.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for KeyValueList
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    KeyValueList.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.common.v1.KeyValueList";
                    };

                    return KeyValueList;
                })();

                v1.KeyValue = (function() {

                    /**
                     * Properties of a KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValue
                     * @property {string|null} [key] KeyValue key
                     * @property {opentelemetry.proto.common.v1.IAnyValue|null} [value] KeyValue value
                     */

                    /**
                     * Constructs a new KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValue.
                     * @implements IKeyValue
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.IKeyValue=} [properties] Properties to set
                     */
                    function KeyValue(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * KeyValue key.
                     * @member {string} key
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.key = "";

                    /**
                     * KeyValue value.
                     * @member {opentelemetry.proto.common.v1.IAnyValue|null|undefined} value
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.value = null;

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IKeyValue=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue instance
                     */
                    KeyValue.create = function create(properties) {
                        return new KeyValue(properties);
                    };

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IKeyValue} message KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                        if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.IKeyValue} message KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.common.v1.KeyValue();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.key = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a KeyValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    KeyValue.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            if (!$util.isString(message.key))
                                return "key: string expected";
                        if (message.value != null && Object.hasOwnProperty.call(message, "value")) {
                            let error = $root.opentelemetry.proto.common.v1.AnyValue.verify(message.value, long + 1);
                            if (error)
                                return "value." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue
                     */
                    KeyValue.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.KeyValue)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.common.v1.KeyValue: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.KeyValue();
                        if (object.key != null)
                            message.key = String(object.key);
                        if (object.value != null) {
                            if (!$util.isObject(object.value))
                                throw TypeError(".opentelemetry.proto.common.v1.KeyValue.value: object expected");
                            message.value = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(object.value, long + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue} message KeyValue
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValue.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.key = "";
                            object.value = null;
                        }
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                            object.value = $root.opentelemetry.proto.common.v1.AnyValue.toObject(message.value, options, q + 1);
                        return object;
                    };

                    /**
                     * Converts this KeyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValue.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for KeyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.common.v1.KeyValue";
                    };

                    return KeyValue;
                })();

                v1.InstrumentationScope = (function() {

                    /**
                     * Properties of an InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IInstrumentationScope
                     * @property {string|null} [name] InstrumentationScope name
                     * @property {string|null} [version] InstrumentationScope version
                     * @property {Array.<opentelemetry.proto.common.v1.IKeyValue>|null} [attributes] InstrumentationScope attributes
                     * @property {number|null} [droppedAttributesCount] InstrumentationScope droppedAttributesCount
                     */

                    /**
                     * Constructs a new InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an InstrumentationScope.
                     * @implements IInstrumentationScope
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.IInstrumentationScope=} [properties] Properties to set
                     */
                    function InstrumentationScope(properties) {
                        this.attributes = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * InstrumentationScope name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.name = "";

                    /**
                     * InstrumentationScope version.
                     * @member {string} version
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.version = "";

                    /**
                     * InstrumentationScope attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.IKeyValue>} attributes
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.attributes = $util.emptyArray;

                    /**
                     * InstrumentationScope droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.droppedAttributesCount = 0;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.IInstrumentationScope=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope instance
                     */
                    InstrumentationScope.create = function create(properties) {
                        return new InstrumentationScope(properties);
                    };

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.IInstrumentationScope} message InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.droppedAttributesCount);
                        return writer;
                    };

                    /**
                     * Encodes the specified InstrumentationScope message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.IInstrumentationScope} message InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.version = reader.string();
                                    break;
                                }
                            case 3: {
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 4: {
                                    message.droppedAttributesCount = reader.uint32();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies an InstrumentationScope message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    InstrumentationScope.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            if (!$util.isString(message.name))
                                return "name: string expected";
                        if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                            if (!$util.isString(message.version))
                                return "version: string expected";
                        if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes")) {
                            if (!Array.isArray(message.attributes))
                                return "attributes: array expected";
                            for (let i = 0; i < message.attributes.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], long + 1);
                                if (error)
                                    return "attributes." + error;
                            }
                        }
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            if (!$util.isInteger(message.droppedAttributesCount))
                                return "droppedAttributesCount: integer expected";
                        return null;
                    };

                    /**
                     * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope
                     */
                    InstrumentationScope.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.InstrumentationScope)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.common.v1.InstrumentationScope: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        if (object.name != null)
                            message.name = String(object.name);
                        if (object.version != null)
                            message.version = String(object.version);
                        if (object.attributes) {
                            if (!Array.isArray(object.attributes))
                                throw TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: array expected");
                            message.attributes = [];
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], long + 1);
                            }
                        }
                        if (object.droppedAttributesCount != null)
                            message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
                        return message;
                    };

                    /**
                     * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope} message InstrumentationScope
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    InstrumentationScope.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.attributes = [];
                        if (options.defaults) {
                            object.name = "";
                            object.version = "";
                            object.droppedAttributesCount = 0;
                        }
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                            object.version = message.version;
                        if (message.attributes && message.attributes.length) {
                            object.attributes = [];
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, q + 1);
                        }
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            object.droppedAttributesCount = message.droppedAttributesCount;
                        return object;
                    };

                    /**
                     * Converts this InstrumentationScope to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    InstrumentationScope.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for InstrumentationScope
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    InstrumentationScope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.common.v1.InstrumentationScope";
                    };

                    return InstrumentationScope;
                })();

                v1.EntityRef = (function() {

                    /**
                     * Properties of an EntityRef.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IEntityRef
                     * @property {string|null} [schemaUrl] EntityRef schemaUrl
                     * @property {string|null} [type] EntityRef type
                     * @property {Array.<string>|null} [idKeys] EntityRef idKeys
                     * @property {Array.<string>|null} [descriptionKeys] EntityRef descriptionKeys
                     */

                    /**
                     * Constructs a new EntityRef.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an EntityRef.
                     * @implements IEntityRef
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.IEntityRef=} [properties] Properties to set
                     */
                    function EntityRef(properties) {
                        this.idKeys = [];
                        this.descriptionKeys = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * EntityRef schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.schemaUrl = "";

                    /**
                     * EntityRef type.
                     * @member {string} type
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.type = "";

                    /**
                     * EntityRef idKeys.
                     * @member {Array.<string>} idKeys
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.idKeys = $util.emptyArray;

                    /**
                     * EntityRef descriptionKeys.
                     * @member {Array.<string>} descriptionKeys
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.descriptionKeys = $util.emptyArray;

                    /**
                     * Creates a new EntityRef instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {opentelemetry.proto.common.v1.IEntityRef=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.EntityRef} EntityRef instance
                     */
                    EntityRef.create = function create(properties) {
                        return new EntityRef(properties);
                    };

                    /**
                     * Encodes the specified EntityRef message. Does not implicitly {@link opentelemetry.proto.common.v1.EntityRef.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {opentelemetry.proto.common.v1.IEntityRef} message EntityRef message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    EntityRef.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.schemaUrl);
                        if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                        if (message.idKeys != null && message.idKeys.length)
                            for (let i = 0; i < message.idKeys.length; ++i)
                                writer.uint32(/* id 3, wireType 2 =*/26).string(message.idKeys[i]);
                        if (message.descriptionKeys != null && message.descriptionKeys.length)
                            for (let i = 0; i < message.descriptionKeys.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).string(message.descriptionKeys[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified EntityRef message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.EntityRef.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {opentelemetry.proto.common.v1.IEntityRef} message EntityRef message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    EntityRef.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes an EntityRef message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.EntityRef} EntityRef
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    EntityRef.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.common.v1.EntityRef();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.schemaUrl = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.type = reader.string();
                                    break;
                                }
                            case 3: {
                                    if (!(message.idKeys && message.idKeys.length))
                                        message.idKeys = [];
                                    message.idKeys.push(reader.string());
                                    break;
                                }
                            case 4: {
                                    if (!(message.descriptionKeys && message.descriptionKeys.length))
                                        message.descriptionKeys = [];
                                    message.descriptionKeys.push(reader.string());
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes an EntityRef message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.EntityRef} EntityRef
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    EntityRef.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies an EntityRef message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    EntityRef.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            if (!$util.isString(message.schemaUrl))
                                return "schemaUrl: string expected";
                        if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                            if (!$util.isString(message.type))
                                return "type: string expected";
                        if (message.idKeys != null && Object.hasOwnProperty.call(message, "idKeys")) {
                            if (!Array.isArray(message.idKeys))
                                return "idKeys: array expected";
                            for (let i = 0; i < message.idKeys.length; ++i)
                                if (!$util.isString(message.idKeys[i]))
                                    return "idKeys: string[] expected";
                        }
                        if (message.descriptionKeys != null && Object.hasOwnProperty.call(message, "descriptionKeys")) {
                            if (!Array.isArray(message.descriptionKeys))
                                return "descriptionKeys: array expected";
                            for (let i = 0; i < message.descriptionKeys.length; ++i)
                                if (!$util.isString(message.descriptionKeys[i]))
                                    return "descriptionKeys: string[] expected";
                        }
                        return null;
                    };

                    /**
                     * Creates an EntityRef message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.EntityRef} EntityRef
                     */
                    EntityRef.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.EntityRef)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.common.v1.EntityRef: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.EntityRef();
                        if (object.schemaUrl != null)
                            message.schemaUrl = String(object.schemaUrl);
                        if (object.type != null)
                            message.type = String(object.type);
                        if (object.idKeys) {
                            if (!Array.isArray(object.idKeys))
                                throw TypeError(".opentelemetry.proto.common.v1.EntityRef.idKeys: array expected");
                            message.idKeys = [];
                            for (let i = 0; i < object.idKeys.length; ++i)
                                message.idKeys[i] = String(object.idKeys[i]);
                        }
                        if (object.descriptionKeys) {
                            if (!Array.isArray(object.descriptionKeys))
                                throw TypeError(".opentelemetry.proto.common.v1.EntityRef.descriptionKeys: array expected");
                            message.descriptionKeys = [];
                            for (let i = 0; i < object.descriptionKeys.length; ++i)
                                message.descriptionKeys[i] = String(object.descriptionKeys[i]);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an EntityRef message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {opentelemetry.proto.common.v1.EntityRef} message EntityRef
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    EntityRef.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.idKeys = [];
                            object.descriptionKeys = [];
                        }
                        if (options.defaults) {
                            object.schemaUrl = "";
                            object.type = "";
                        }
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            object.schemaUrl = message.schemaUrl;
                        if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                            object.type = message.type;
                        if (message.idKeys && message.idKeys.length) {
                            object.idKeys = [];
                            for (let j = 0; j < message.idKeys.length; ++j)
                                object.idKeys[j] = message.idKeys[j];
                        }
                        if (message.descriptionKeys && message.descriptionKeys.length) {
                            object.descriptionKeys = [];
                            for (let j = 0; j < message.descriptionKeys.length; ++j)
                                object.descriptionKeys[j] = message.descriptionKeys[j];
                        }
                        return object;
                    };

                    /**
                     * Converts this EntityRef to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    EntityRef.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for EntityRef
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    EntityRef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.common.v1.EntityRef";
                    };

                    return EntityRef;
                })();

                return v1;
            })();

            return common;
        })();

        proto.resource = (function() {

            /**
             * Namespace resource.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const resource = {};

            resource.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.resource
                 * @namespace
                 */
                const v1 = {};

                v1.Resource = (function() {

                    /**
                     * Properties of a Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @interface IResource
                     * @property {Array.<opentelemetry.proto.common.v1.IKeyValue>|null} [attributes] Resource attributes
                     * @property {number|null} [droppedAttributesCount] Resource droppedAttributesCount
                     * @property {Array.<opentelemetry.proto.common.v1.IEntityRef>|null} [entityRefs] Resource entityRefs
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @classdesc Represents a Resource.
                     * @implements IResource
                     * @constructor
                     * @param {opentelemetry.proto.resource.v1.IResource=} [properties] Properties to set
                     */
                    function Resource(properties) {
                        this.attributes = [];
                        this.entityRefs = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Resource attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.IKeyValue>} attributes
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.attributes = $util.emptyArray;

                    /**
                     * Resource droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.droppedAttributesCount = 0;

                    /**
                     * Resource entityRefs.
                     * @member {Array.<opentelemetry.proto.common.v1.IEntityRef>} entityRefs
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.entityRefs = $util.emptyArray;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.IResource=} [properties] Properties to set
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource instance
                     */
                    Resource.create = function create(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.IResource} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.droppedAttributesCount);
                        if (message.entityRefs != null && message.entityRefs.length)
                            for (let i = 0; i < message.entityRefs.length; ++i)
                                $root.opentelemetry.proto.common.v1.EntityRef.encode(message.entityRefs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Encodes the specified Resource message, length delimited. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.IResource} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.resource.v1.Resource();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 2: {
                                    message.droppedAttributesCount = reader.uint32();
                                    break;
                                }
                            case 3: {
                                    if (!(message.entityRefs && message.entityRefs.length))
                                        message.entityRefs = [];
                                    message.entityRefs.push($root.opentelemetry.proto.common.v1.EntityRef.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a Resource message.
                     * @function verify
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Resource.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes")) {
                            if (!Array.isArray(message.attributes))
                                return "attributes: array expected";
                            for (let i = 0; i < message.attributes.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], long + 1);
                                if (error)
                                    return "attributes." + error;
                            }
                        }
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            if (!$util.isInteger(message.droppedAttributesCount))
                                return "droppedAttributesCount: integer expected";
                        if (message.entityRefs != null && Object.hasOwnProperty.call(message, "entityRefs")) {
                            if (!Array.isArray(message.entityRefs))
                                return "entityRefs: array expected";
                            for (let i = 0; i < message.entityRefs.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.EntityRef.verify(message.entityRefs[i], long + 1);
                                if (error)
                                    return "entityRefs." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource
                     */
                    Resource.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.resource.v1.Resource)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.resource.v1.Resource: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.resource.v1.Resource();
                        if (object.attributes) {
                            if (!Array.isArray(object.attributes))
                                throw TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: array expected");
                            message.attributes = [];
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], long + 1);
                            }
                        }
                        if (object.droppedAttributesCount != null)
                            message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
                        if (object.entityRefs) {
                            if (!Array.isArray(object.entityRefs))
                                throw TypeError(".opentelemetry.proto.resource.v1.Resource.entityRefs: array expected");
                            message.entityRefs = [];
                            for (let i = 0; i < object.entityRefs.length; ++i) {
                                if (!$util.isObject(object.entityRefs[i]))
                                    throw TypeError(".opentelemetry.proto.resource.v1.Resource.entityRefs: object expected");
                                message.entityRefs[i] = $root.opentelemetry.proto.common.v1.EntityRef.fromObject(object.entityRefs[i], long + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource} message Resource
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Resource.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.attributes = [];
                            object.entityRefs = [];
                        }
                        if (options.defaults)
                            object.droppedAttributesCount = 0;
                        if (message.attributes && message.attributes.length) {
                            object.attributes = [];
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, q + 1);
                        }
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            object.droppedAttributesCount = message.droppedAttributesCount;
                        if (message.entityRefs && message.entityRefs.length) {
                            object.entityRefs = [];
                            for (let j = 0; j < message.entityRefs.length; ++j)
                                object.entityRefs[j] = $root.opentelemetry.proto.common.v1.EntityRef.toObject(message.entityRefs[j], options, q + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this Resource to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Resource.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for Resource
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Resource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.resource.v1.Resource";
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        proto.trace = (function() {

            /**
             * Namespace trace.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const trace = {};

            trace.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.trace
                 * @namespace
                 */
                const v1 = {};

                v1.TracesData = (function() {

                    /**
                     * Properties of a TracesData.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface ITracesData
                     * @property {Array.<opentelemetry.proto.trace.v1.IResourceSpans>|null} [resourceSpans] TracesData resourceSpans
                     */

                    /**
                     * Constructs a new TracesData.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a TracesData.
                     * @implements ITracesData
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ITracesData=} [properties] Properties to set
                     */
                    function TracesData(properties) {
                        this.resourceSpans = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * TracesData resourceSpans.
                     * @member {Array.<opentelemetry.proto.trace.v1.IResourceSpans>} resourceSpans
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @instance
                     */
                    TracesData.prototype.resourceSpans = $util.emptyArray;

                    /**
                     * Creates a new TracesData instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ITracesData=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.TracesData} TracesData instance
                     */
                    TracesData.create = function create(properties) {
                        return new TracesData(properties);
                    };

                    /**
                     * Encodes the specified TracesData message. Does not implicitly {@link opentelemetry.proto.trace.v1.TracesData.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ITracesData} message TracesData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TracesData.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.resourceSpans != null && message.resourceSpans.length)
                            for (let i = 0; i < message.resourceSpans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.ResourceSpans.encode(message.resourceSpans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Encodes the specified TracesData message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.TracesData.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ITracesData} message TracesData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TracesData.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a TracesData message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.TracesData} TracesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TracesData.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.trace.v1.TracesData();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.resourceSpans && message.resourceSpans.length))
                                        message.resourceSpans = [];
                                    message.resourceSpans.push($root.opentelemetry.proto.trace.v1.ResourceSpans.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a TracesData message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.TracesData} TracesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TracesData.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a TracesData message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    TracesData.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.resourceSpans != null && Object.hasOwnProperty.call(message, "resourceSpans")) {
                            if (!Array.isArray(message.resourceSpans))
                                return "resourceSpans: array expected";
                            for (let i = 0; i < message.resourceSpans.length; ++i) {
                                let error = $root.opentelemetry.proto.trace.v1.ResourceSpans.verify(message.resourceSpans[i], long + 1);
                                if (error)
                                    return "resourceSpans." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a TracesData message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.trace.v1.TracesData} TracesData
                     */
                    TracesData.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.trace.v1.TracesData)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.trace.v1.TracesData: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.trace.v1.TracesData();
                        if (object.resourceSpans) {
                            if (!Array.isArray(object.resourceSpans))
                                throw TypeError(".opentelemetry.proto.trace.v1.TracesData.resourceSpans: array expected");
                            message.resourceSpans = [];
                            for (let i = 0; i < object.resourceSpans.length; ++i) {
                                if (!$util.isObject(object.resourceSpans[i]))
                                    throw TypeError(".opentelemetry.proto.trace.v1.TracesData.resourceSpans: object expected");
                                message.resourceSpans[i] = $root.opentelemetry.proto.trace.v1.ResourceSpans.fromObject(object.resourceSpans[i], long + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a TracesData message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.TracesData} message TracesData
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    TracesData.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.resourceSpans = [];
                        if (message.resourceSpans && message.resourceSpans.length) {
                            object.resourceSpans = [];
                            for (let j = 0; j < message.resourceSpans.length; ++j)
                                object.resourceSpans[j] = $root.opentelemetry.proto.trace.v1.ResourceSpans.toObject(message.resourceSpans[j], options, q + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this TracesData to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    TracesData.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for TracesData
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    TracesData.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.trace.v1.TracesData";
                    };

                    return TracesData;
                })();

                v1.ResourceSpans = (function() {

                    /**
                     * Properties of a ResourceSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IResourceSpans
                     * @property {opentelemetry.proto.resource.v1.IResource|null} [resource] ResourceSpans resource
                     * @property {Array.<opentelemetry.proto.trace.v1.IScopeSpans>|null} [scopeSpans] ResourceSpans scopeSpans
                     * @property {string|null} [schemaUrl] ResourceSpans schemaUrl
                     */

                    /**
                     * Constructs a new ResourceSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a ResourceSpans.
                     * @implements IResourceSpans
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.IResourceSpans=} [properties] Properties to set
                     */
                    function ResourceSpans(properties) {
                        this.scopeSpans = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ResourceSpans resource.
                     * @member {opentelemetry.proto.resource.v1.IResource|null|undefined} resource
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.resource = null;

                    /**
                     * ResourceSpans scopeSpans.
                     * @member {Array.<opentelemetry.proto.trace.v1.IScopeSpans>} scopeSpans
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.scopeSpans = $util.emptyArray;

                    /**
                     * ResourceSpans schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.schemaUrl = "";

                    /**
                     * Creates a new ResourceSpans instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IResourceSpans=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans} ResourceSpans instance
                     */
                    ResourceSpans.create = function create(properties) {
                        return new ResourceSpans(properties);
                    };

                    /**
                     * Encodes the specified ResourceSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IResourceSpans} message ResourceSpans message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceSpans.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.resource != null && Object.hasOwnProperty.call(message, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(message.resource, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.scopeSpans != null && message.scopeSpans.length)
                            for (let i = 0; i < message.scopeSpans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.ScopeSpans.encode(message.scopeSpans[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.schemaUrl);
                        return writer;
                    };

                    /**
                     * Encodes the specified ResourceSpans message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IResourceSpans} message ResourceSpans message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceSpans.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans} ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceSpans.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.trace.v1.ResourceSpans();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    if (!(message.scopeSpans && message.scopeSpans.length))
                                        message.scopeSpans = [];
                                    message.scopeSpans.push($root.opentelemetry.proto.trace.v1.ScopeSpans.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 3: {
                                    message.schemaUrl = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans} ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceSpans.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a ResourceSpans message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ResourceSpans.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.resource != null && Object.hasOwnProperty.call(message, "resource")) {
                            let error = $root.opentelemetry.proto.resource.v1.Resource.verify(message.resource, long + 1);
                            if (error)
                                return "resource." + error;
                        }
                        if (message.scopeSpans != null && Object.hasOwnProperty.call(message, "scopeSpans")) {
                            if (!Array.isArray(message.scopeSpans))
                                return "scopeSpans: array expected";
                            for (let i = 0; i < message.scopeSpans.length; ++i) {
                                let error = $root.opentelemetry.proto.trace.v1.ScopeSpans.verify(message.scopeSpans[i], long + 1);
                                if (error)
                                    return "scopeSpans." + error;
                            }
                        }
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            if (!$util.isString(message.schemaUrl))
                                return "schemaUrl: string expected";
                        return null;
                    };

                    /**
                     * Creates a ResourceSpans message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans} ResourceSpans
                     */
                    ResourceSpans.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.trace.v1.ResourceSpans)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.trace.v1.ResourceSpans: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.trace.v1.ResourceSpans();
                        if (object.resource != null) {
                            if (!$util.isObject(object.resource))
                                throw TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.resource: object expected");
                            message.resource = $root.opentelemetry.proto.resource.v1.Resource.fromObject(object.resource, long + 1);
                        }
                        if (object.scopeSpans) {
                            if (!Array.isArray(object.scopeSpans))
                                throw TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.scopeSpans: array expected");
                            message.scopeSpans = [];
                            for (let i = 0; i < object.scopeSpans.length; ++i) {
                                if (!$util.isObject(object.scopeSpans[i]))
                                    throw TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.scopeSpans: object expected");
                                message.scopeSpans[i] = $root.opentelemetry.proto.trace.v1.ScopeSpans.fromObject(object.scopeSpans[i], long + 1);
                            }
                        }
                        if (object.schemaUrl != null)
                            message.schemaUrl = String(object.schemaUrl);
                        return message;
                    };

                    /**
                     * Creates a plain object from a ResourceSpans message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans} message ResourceSpans
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ResourceSpans.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.scopeSpans = [];
                        if (options.defaults) {
                            object.resource = null;
                            object.schemaUrl = "";
                        }
                        if (message.resource != null && Object.hasOwnProperty.call(message, "resource"))
                            object.resource = $root.opentelemetry.proto.resource.v1.Resource.toObject(message.resource, options, q + 1);
                        if (message.scopeSpans && message.scopeSpans.length) {
                            object.scopeSpans = [];
                            for (let j = 0; j < message.scopeSpans.length; ++j)
                                object.scopeSpans[j] = $root.opentelemetry.proto.trace.v1.ScopeSpans.toObject(message.scopeSpans[j], options, q + 1);
                        }
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            object.schemaUrl = message.schemaUrl;
                        return object;
                    };

                    /**
                     * Converts this ResourceSpans to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ResourceSpans.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for ResourceSpans
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ResourceSpans.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.trace.v1.ResourceSpans";
                    };

                    return ResourceSpans;
                })();

                v1.ScopeSpans = (function() {

                    /**
                     * Properties of a ScopeSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IScopeSpans
                     * @property {opentelemetry.proto.common.v1.IInstrumentationScope|null} [scope] ScopeSpans scope
                     * @property {Array.<opentelemetry.proto.trace.v1.ISpan>|null} [spans] ScopeSpans spans
                     * @property {string|null} [schemaUrl] ScopeSpans schemaUrl
                     */

                    /**
                     * Constructs a new ScopeSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a ScopeSpans.
                     * @implements IScopeSpans
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.IScopeSpans=} [properties] Properties to set
                     */
                    function ScopeSpans(properties) {
                        this.spans = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ScopeSpans scope.
                     * @member {opentelemetry.proto.common.v1.IInstrumentationScope|null|undefined} scope
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.scope = null;

                    /**
                     * ScopeSpans spans.
                     * @member {Array.<opentelemetry.proto.trace.v1.ISpan>} spans
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.spans = $util.emptyArray;

                    /**
                     * ScopeSpans schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.schemaUrl = "";

                    /**
                     * Creates a new ScopeSpans instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IScopeSpans=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans} ScopeSpans instance
                     */
                    ScopeSpans.create = function create(properties) {
                        return new ScopeSpans(properties);
                    };

                    /**
                     * Encodes the specified ScopeSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IScopeSpans} message ScopeSpans message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeSpans.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.scope != null && Object.hasOwnProperty.call(message, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(message.scope, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.spans != null && message.spans.length)
                            for (let i = 0; i < message.spans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.encode(message.spans[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.schemaUrl);
                        return writer;
                    };

                    /**
                     * Encodes the specified ScopeSpans message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IScopeSpans} message ScopeSpans message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeSpans.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans} ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeSpans.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.trace.v1.ScopeSpans();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    if (!(message.spans && message.spans.length))
                                        message.spans = [];
                                    message.spans.push($root.opentelemetry.proto.trace.v1.Span.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 3: {
                                    message.schemaUrl = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans} ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeSpans.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a ScopeSpans message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ScopeSpans.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.scope != null && Object.hasOwnProperty.call(message, "scope")) {
                            let error = $root.opentelemetry.proto.common.v1.InstrumentationScope.verify(message.scope, long + 1);
                            if (error)
                                return "scope." + error;
                        }
                        if (message.spans != null && Object.hasOwnProperty.call(message, "spans")) {
                            if (!Array.isArray(message.spans))
                                return "spans: array expected";
                            for (let i = 0; i < message.spans.length; ++i) {
                                let error = $root.opentelemetry.proto.trace.v1.Span.verify(message.spans[i], long + 1);
                                if (error)
                                    return "spans." + error;
                            }
                        }
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            if (!$util.isString(message.schemaUrl))
                                return "schemaUrl: string expected";
                        return null;
                    };

                    /**
                     * Creates a ScopeSpans message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans} ScopeSpans
                     */
                    ScopeSpans.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.trace.v1.ScopeSpans)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.trace.v1.ScopeSpans: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.trace.v1.ScopeSpans();
                        if (object.scope != null) {
                            if (!$util.isObject(object.scope))
                                throw TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.scope: object expected");
                            message.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.fromObject(object.scope, long + 1);
                        }
                        if (object.spans) {
                            if (!Array.isArray(object.spans))
                                throw TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.spans: array expected");
                            message.spans = [];
                            for (let i = 0; i < object.spans.length; ++i) {
                                if (!$util.isObject(object.spans[i]))
                                    throw TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.spans: object expected");
                                message.spans[i] = $root.opentelemetry.proto.trace.v1.Span.fromObject(object.spans[i], long + 1);
                            }
                        }
                        if (object.schemaUrl != null)
                            message.schemaUrl = String(object.schemaUrl);
                        return message;
                    };

                    /**
                     * Creates a plain object from a ScopeSpans message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans} message ScopeSpans
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ScopeSpans.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.spans = [];
                        if (options.defaults) {
                            object.scope = null;
                            object.schemaUrl = "";
                        }
                        if (message.scope != null && Object.hasOwnProperty.call(message, "scope"))
                            object.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.toObject(message.scope, options, q + 1);
                        if (message.spans && message.spans.length) {
                            object.spans = [];
                            for (let j = 0; j < message.spans.length; ++j)
                                object.spans[j] = $root.opentelemetry.proto.trace.v1.Span.toObject(message.spans[j], options, q + 1);
                        }
                        if (message.schemaUrl != null && Object.hasOwnProperty.call(message, "schemaUrl"))
                            object.schemaUrl = message.schemaUrl;
                        return object;
                    };

                    /**
                     * Converts this ScopeSpans to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ScopeSpans.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for ScopeSpans
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ScopeSpans.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.trace.v1.ScopeSpans";
                    };

                    return ScopeSpans;
                })();

                v1.Span = (function() {

                    /**
                     * Properties of a Span.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface ISpan
                     * @property {Uint8Array|null} [traceId] Span traceId
                     * @property {Uint8Array|null} [spanId] Span spanId
                     * @property {string|null} [traceState] Span traceState
                     * @property {Uint8Array|null} [parentSpanId] Span parentSpanId
                     * @property {number|null} [flags] Span flags
                     * @property {string|null} [name] Span name
                     * @property {opentelemetry.proto.trace.v1.Span.SpanKind|null} [kind] Span kind
                     * @property {Long|null} [startTimeUnixNano] Span startTimeUnixNano
                     * @property {Long|null} [endTimeUnixNano] Span endTimeUnixNano
                     * @property {Array.<opentelemetry.proto.common.v1.IKeyValue>|null} [attributes] Span attributes
                     * @property {number|null} [droppedAttributesCount] Span droppedAttributesCount
                     * @property {Array.<opentelemetry.proto.trace.v1.Span.IEvent>|null} [events] Span events
                     * @property {number|null} [droppedEventsCount] Span droppedEventsCount
                     * @property {Array.<opentelemetry.proto.trace.v1.Span.ILink>|null} [links] Span links
                     * @property {number|null} [droppedLinksCount] Span droppedLinksCount
                     * @property {opentelemetry.proto.trace.v1.IStatus|null} [status] Span status
                     */

                    /**
                     * Constructs a new Span.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a Span.
                     * @implements ISpan
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ISpan=} [properties] Properties to set
                     */
                    function Span(properties) {
                        this.attributes = [];
                        this.events = [];
                        this.links = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Span traceId.
                     * @member {Uint8Array} traceId
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.traceId = $util.newBuffer([]);

                    /**
                     * Span spanId.
                     * @member {Uint8Array} spanId
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.spanId = $util.newBuffer([]);

                    /**
                     * Span traceState.
                     * @member {string} traceState
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.traceState = "";

                    /**
                     * Span parentSpanId.
                     * @member {Uint8Array} parentSpanId
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.parentSpanId = $util.newBuffer([]);

                    /**
                     * Span flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.flags = 0;

                    /**
                     * Span name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.name = "";

                    /**
                     * Span kind.
                     * @member {opentelemetry.proto.trace.v1.Span.SpanKind} kind
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.kind = 0;

                    /**
                     * Span startTimeUnixNano.
                     * @member {Long} startTimeUnixNano
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Span endTimeUnixNano.
                     * @member {Long} endTimeUnixNano
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.endTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Span attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.IKeyValue>} attributes
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.attributes = $util.emptyArray;

                    /**
                     * Span droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.droppedAttributesCount = 0;

                    /**
                     * Span events.
                     * @member {Array.<opentelemetry.proto.trace.v1.Span.IEvent>} events
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.events = $util.emptyArray;

                    /**
                     * Span droppedEventsCount.
                     * @member {number} droppedEventsCount
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.droppedEventsCount = 0;

                    /**
                     * Span links.
                     * @member {Array.<opentelemetry.proto.trace.v1.Span.ILink>} links
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.links = $util.emptyArray;

                    /**
                     * Span droppedLinksCount.
                     * @member {number} droppedLinksCount
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.droppedLinksCount = 0;

                    /**
                     * Span status.
                     * @member {opentelemetry.proto.trace.v1.IStatus|null|undefined} status
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.status = null;

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ISpan=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.Span} Span instance
                     */
                    Span.create = function create(properties) {
                        return new Span(properties);
                    };

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ISpan} message Span message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Span.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                        if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                        if (message.traceState != null && Object.hasOwnProperty.call(message, "traceState"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.traceState);
                        if (message.parentSpanId != null && Object.hasOwnProperty.call(message, "parentSpanId"))
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.parentSpanId);
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.name);
                        if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                            writer.uint32(/* id 6, wireType 0 =*/48).int32(message.kind);
                        if (message.startTimeUnixNano != null && Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                            writer.uint32(/* id 7, wireType 1 =*/57).fixed64(message.startTimeUnixNano);
                        if (message.endTimeUnixNano != null && Object.hasOwnProperty.call(message, "endTimeUnixNano"))
                            writer.uint32(/* id 8, wireType 1 =*/65).fixed64(message.endTimeUnixNano);
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.droppedAttributesCount);
                        if (message.events != null && message.events.length)
                            for (let i = 0; i < message.events.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.Event.encode(message.events[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                        if (message.droppedEventsCount != null && Object.hasOwnProperty.call(message, "droppedEventsCount"))
                            writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.droppedEventsCount);
                        if (message.links != null && message.links.length)
                            for (let i = 0; i < message.links.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.Link.encode(message.links[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                        if (message.droppedLinksCount != null && Object.hasOwnProperty.call(message, "droppedLinksCount"))
                            writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.droppedLinksCount);
                        if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                            $root.opentelemetry.proto.trace.v1.Status.encode(message.status, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                        if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                            writer.uint32(/* id 16, wireType 5 =*/133).fixed32(message.flags);
                        return writer;
                    };

                    /**
                     * Encodes the specified Span message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ISpan} message Span message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Span.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Span} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Span.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.trace.v1.Span();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.traceId = reader.bytes();
                                    break;
                                }
                            case 2: {
                                    message.spanId = reader.bytes();
                                    break;
                                }
                            case 3: {
                                    message.traceState = reader.string();
                                    break;
                                }
                            case 4: {
                                    message.parentSpanId = reader.bytes();
                                    break;
                                }
                            case 16: {
                                    message.flags = reader.fixed32();
                                    break;
                                }
                            case 5: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 6: {
                                    message.kind = reader.int32();
                                    break;
                                }
                            case 7: {
                                    message.startTimeUnixNano = reader.fixed64();
                                    break;
                                }
                            case 8: {
                                    message.endTimeUnixNano = reader.fixed64();
                                    break;
                                }
                            case 9: {
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 10: {
                                    message.droppedAttributesCount = reader.uint32();
                                    break;
                                }
                            case 11: {
                                    if (!(message.events && message.events.length))
                                        message.events = [];
                                    message.events.push($root.opentelemetry.proto.trace.v1.Span.Event.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 12: {
                                    message.droppedEventsCount = reader.uint32();
                                    break;
                                }
                            case 13: {
                                    if (!(message.links && message.links.length))
                                        message.links = [];
                                    message.links.push($root.opentelemetry.proto.trace.v1.Span.Link.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 14: {
                                    message.droppedLinksCount = reader.uint32();
                                    break;
                                }
                            case 15: {
                                    message.status = $root.opentelemetry.proto.trace.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a Span message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.Span} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Span.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a Span message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Span.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                            if (!(message.traceId && typeof message.traceId.length === "number" || $util.isString(message.traceId)))
                                return "traceId: buffer expected";
                        if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                            if (!(message.spanId && typeof message.spanId.length === "number" || $util.isString(message.spanId)))
                                return "spanId: buffer expected";
                        if (message.traceState != null && Object.hasOwnProperty.call(message, "traceState"))
                            if (!$util.isString(message.traceState))
                                return "traceState: string expected";
                        if (message.parentSpanId != null && Object.hasOwnProperty.call(message, "parentSpanId"))
                            if (!(message.parentSpanId && typeof message.parentSpanId.length === "number" || $util.isString(message.parentSpanId)))
                                return "parentSpanId: buffer expected";
                        if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                            if (!$util.isInteger(message.flags))
                                return "flags: integer expected";
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            if (!$util.isString(message.name))
                                return "name: string expected";
                        if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                            switch (message.kind) {
                            default:
                                return "kind: enum value expected";
                            case 0:
                            case 1:
                            case 2:
                            case 3:
                            case 4:
                            case 5:
                                break;
                            }
                        if (message.startTimeUnixNano != null && Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                            if (!$util.isInteger(message.startTimeUnixNano) && !(message.startTimeUnixNano && $util.isInteger(message.startTimeUnixNano.low) && $util.isInteger(message.startTimeUnixNano.high)))
                                return "startTimeUnixNano: integer|Long expected";
                        if (message.endTimeUnixNano != null && Object.hasOwnProperty.call(message, "endTimeUnixNano"))
                            if (!$util.isInteger(message.endTimeUnixNano) && !(message.endTimeUnixNano && $util.isInteger(message.endTimeUnixNano.low) && $util.isInteger(message.endTimeUnixNano.high)))
                                return "endTimeUnixNano: integer|Long expected";
                        if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes")) {
                            if (!Array.isArray(message.attributes))
                                return "attributes: array expected";
                            for (let i = 0; i < message.attributes.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], long + 1);
                                if (error)
                                    return "attributes." + error;
                            }
                        }
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            if (!$util.isInteger(message.droppedAttributesCount))
                                return "droppedAttributesCount: integer expected";
                        if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                            if (!Array.isArray(message.events))
                                return "events: array expected";
                            for (let i = 0; i < message.events.length; ++i) {
                                let error = $root.opentelemetry.proto.trace.v1.Span.Event.verify(message.events[i], long + 1);
                                if (error)
                                    return "events." + error;
                            }
                        }
                        if (message.droppedEventsCount != null && Object.hasOwnProperty.call(message, "droppedEventsCount"))
                            if (!$util.isInteger(message.droppedEventsCount))
                                return "droppedEventsCount: integer expected";
                        if (message.links != null && Object.hasOwnProperty.call(message, "links")) {
                            if (!Array.isArray(message.links))
                                return "links: array expected";
                            for (let i = 0; i < message.links.length; ++i) {
                                let error = $root.opentelemetry.proto.trace.v1.Span.Link.verify(message.links[i], long + 1);
                                if (error)
                                    return "links." + error;
                            }
                        }
                        if (message.droppedLinksCount != null && Object.hasOwnProperty.call(message, "droppedLinksCount"))
                            if (!$util.isInteger(message.droppedLinksCount))
                                return "droppedLinksCount: integer expected";
                        if (message.status != null && Object.hasOwnProperty.call(message, "status")) {
                            let error = $root.opentelemetry.proto.trace.v1.Status.verify(message.status, long + 1);
                            if (error)
                                return "status." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a Span message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.trace.v1.Span} Span
                     */
                    Span.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.trace.v1.Span)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.trace.v1.Span: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.trace.v1.Span();
                        if (object.traceId != null)
                            if (typeof object.traceId === "string")
                                $util.base64.decode(object.traceId, message.traceId = $util.newBuffer($util.base64.length(object.traceId)), 0);
                            else if (object.traceId.length >= 0)
                                message.traceId = object.traceId;
                        if (object.spanId != null)
                            if (typeof object.spanId === "string")
                                $util.base64.decode(object.spanId, message.spanId = $util.newBuffer($util.base64.length(object.spanId)), 0);
                            else if (object.spanId.length >= 0)
                                message.spanId = object.spanId;
                        if (object.traceState != null)
                            message.traceState = String(object.traceState);
                        if (object.parentSpanId != null)
                            if (typeof object.parentSpanId === "string")
                                $util.base64.decode(object.parentSpanId, message.parentSpanId = $util.newBuffer($util.base64.length(object.parentSpanId)), 0);
                            else if (object.parentSpanId.length >= 0)
                                message.parentSpanId = object.parentSpanId;
                        if (object.flags != null)
                            message.flags = object.flags >>> 0;
                        if (object.name != null)
                            message.name = String(object.name);
                        switch (object.kind) {
                        default:
                            if (typeof object.kind === "number") {
                                message.kind = object.kind;
                                break;
                            }
                            break;
                        case "SPAN_KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "SPAN_KIND_INTERNAL":
                        case 1:
                            message.kind = 1;
                            break;
                        case "SPAN_KIND_SERVER":
                        case 2:
                            message.kind = 2;
                            break;
                        case "SPAN_KIND_CLIENT":
                        case 3:
                            message.kind = 3;
                            break;
                        case "SPAN_KIND_PRODUCER":
                        case 4:
                            message.kind = 4;
                            break;
                        case "SPAN_KIND_CONSUMER":
                        case 5:
                            message.kind = 5;
                            break;
                        }
                        if (object.startTimeUnixNano != null)
                            if ($util.Long)
                                message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                            else if (typeof object.startTimeUnixNano === "string")
                                message.startTimeUnixNano = parseInt(object.startTimeUnixNano, 10);
                            else if (typeof object.startTimeUnixNano === "number")
                                message.startTimeUnixNano = object.startTimeUnixNano;
                            else if (typeof object.startTimeUnixNano === "object")
                                message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                        if (object.endTimeUnixNano != null)
                            if ($util.Long)
                                message.endTimeUnixNano = $util.Long.fromValue(object.endTimeUnixNano, true);
                            else if (typeof object.endTimeUnixNano === "string")
                                message.endTimeUnixNano = parseInt(object.endTimeUnixNano, 10);
                            else if (typeof object.endTimeUnixNano === "number")
                                message.endTimeUnixNano = object.endTimeUnixNano;
                            else if (typeof object.endTimeUnixNano === "object")
                                message.endTimeUnixNano = new $util.LongBits(object.endTimeUnixNano.low >>> 0, object.endTimeUnixNano.high >>> 0).toNumber(true);
                        if (object.attributes) {
                            if (!Array.isArray(object.attributes))
                                throw TypeError(".opentelemetry.proto.trace.v1.Span.attributes: array expected");
                            message.attributes = [];
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw TypeError(".opentelemetry.proto.trace.v1.Span.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], long + 1);
                            }
                        }
                        if (object.droppedAttributesCount != null)
                            message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
                        if (object.events) {
                            if (!Array.isArray(object.events))
                                throw TypeError(".opentelemetry.proto.trace.v1.Span.events: array expected");
                            message.events = [];
                            for (let i = 0; i < object.events.length; ++i) {
                                if (!$util.isObject(object.events[i]))
                                    throw TypeError(".opentelemetry.proto.trace.v1.Span.events: object expected");
                                message.events[i] = $root.opentelemetry.proto.trace.v1.Span.Event.fromObject(object.events[i], long + 1);
                            }
                        }
                        if (object.droppedEventsCount != null)
                            message.droppedEventsCount = object.droppedEventsCount >>> 0;
                        if (object.links) {
                            if (!Array.isArray(object.links))
                                throw TypeError(".opentelemetry.proto.trace.v1.Span.links: array expected");
                            message.links = [];
                            for (let i = 0; i < object.links.length; ++i) {
                                if (!$util.isObject(object.links[i]))
                                    throw TypeError(".opentelemetry.proto.trace.v1.Span.links: object expected");
                                message.links[i] = $root.opentelemetry.proto.trace.v1.Span.Link.fromObject(object.links[i], long + 1);
                            }
                        }
                        if (object.droppedLinksCount != null)
                            message.droppedLinksCount = object.droppedLinksCount >>> 0;
                        if (object.status != null) {
                            if (!$util.isObject(object.status))
                                throw TypeError(".opentelemetry.proto.trace.v1.Span.status: object expected");
                            message.status = $root.opentelemetry.proto.trace.v1.Status.fromObject(object.status, long + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Span message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Span} message Span
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Span.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.attributes = [];
                            object.events = [];
                            object.links = [];
                        }
                        if (options.defaults) {
                            if (options.bytes === String)
                                object.traceId = "";
                            else {
                                object.traceId = [];
                                if (options.bytes !== Array)
                                    object.traceId = $util.newBuffer(object.traceId);
                            }
                            if (options.bytes === String)
                                object.spanId = "";
                            else {
                                object.spanId = [];
                                if (options.bytes !== Array)
                                    object.spanId = $util.newBuffer(object.spanId);
                            }
                            object.traceState = "";
                            if (options.bytes === String)
                                object.parentSpanId = "";
                            else {
                                object.parentSpanId = [];
                                if (options.bytes !== Array)
                                    object.parentSpanId = $util.newBuffer(object.parentSpanId);
                            }
                            object.name = "";
                            object.kind = options.enums === String ? "SPAN_KIND_UNSPECIFIED" : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.startTimeUnixNano = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                            } else
                                object.startTimeUnixNano = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.endTimeUnixNano = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                            } else
                                object.endTimeUnixNano = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                            object.droppedAttributesCount = 0;
                            object.droppedEventsCount = 0;
                            object.droppedLinksCount = 0;
                            object.status = null;
                            object.flags = 0;
                        }
                        if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                            object.traceId = options.bytes === String ? $util.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === Array ? Array.prototype.slice.call(message.traceId) : message.traceId;
                        if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                            object.spanId = options.bytes === String ? $util.base64.encode(message.spanId, 0, message.spanId.length) : options.bytes === Array ? Array.prototype.slice.call(message.spanId) : message.spanId;
                        if (message.traceState != null && Object.hasOwnProperty.call(message, "traceState"))
                            object.traceState = message.traceState;
                        if (message.parentSpanId != null && Object.hasOwnProperty.call(message, "parentSpanId"))
                            object.parentSpanId = options.bytes === String ? $util.base64.encode(message.parentSpanId, 0, message.parentSpanId.length) : options.bytes === Array ? Array.prototype.slice.call(message.parentSpanId) : message.parentSpanId;
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                            object.kind = options.enums === String ? $root.opentelemetry.proto.trace.v1.Span.SpanKind[message.kind] === undefined ? message.kind : $root.opentelemetry.proto.trace.v1.Span.SpanKind[message.kind] : message.kind;
                        if (message.startTimeUnixNano != null && Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.startTimeUnixNano === "number")
                                object.startTimeUnixNano = options.longs === String ? String(message.startTimeUnixNano) : message.startTimeUnixNano;
                            else
                                object.startTimeUnixNano = options.longs === String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                        if (message.endTimeUnixNano != null && Object.hasOwnProperty.call(message, "endTimeUnixNano"))
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.endTimeUnixNano = typeof message.endTimeUnixNano === "number" ? BigInt(message.endTimeUnixNano) : $util.Long.fromBits(message.endTimeUnixNano.low >>> 0, message.endTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.endTimeUnixNano === "number")
                                object.endTimeUnixNano = options.longs === String ? String(message.endTimeUnixNano) : message.endTimeUnixNano;
                            else
                                object.endTimeUnixNano = options.longs === String ? $util.Long.prototype.toString.call(message.endTimeUnixNano) : options.longs === Number ? new $util.LongBits(message.endTimeUnixNano.low >>> 0, message.endTimeUnixNano.high >>> 0).toNumber(true) : message.endTimeUnixNano;
                        if (message.attributes && message.attributes.length) {
                            object.attributes = [];
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, q + 1);
                        }
                        if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            object.droppedAttributesCount = message.droppedAttributesCount;
                        if (message.events && message.events.length) {
                            object.events = [];
                            for (let j = 0; j < message.events.length; ++j)
                                object.events[j] = $root.opentelemetry.proto.trace.v1.Span.Event.toObject(message.events[j], options, q + 1);
                        }
                        if (message.droppedEventsCount != null && Object.hasOwnProperty.call(message, "droppedEventsCount"))
                            object.droppedEventsCount = message.droppedEventsCount;
                        if (message.links && message.links.length) {
                            object.links = [];
                            for (let j = 0; j < message.links.length; ++j)
                                object.links[j] = $root.opentelemetry.proto.trace.v1.Span.Link.toObject(message.links[j], options, q + 1);
                        }
                        if (message.droppedLinksCount != null && Object.hasOwnProperty.call(message, "droppedLinksCount"))
                            object.droppedLinksCount = message.droppedLinksCount;
                        if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                            object.status = $root.opentelemetry.proto.trace.v1.Status.toObject(message.status, options, q + 1);
                        if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                            object.flags = message.flags;
                        return object;
                    };

                    /**
                     * Converts this Span to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Span.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for Span
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Span.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.trace.v1.Span";
                    };

                    /**
                     * SpanKind enum.
                     * @name opentelemetry.proto.trace.v1.Span.SpanKind
                     * @enum {number}
                     * @property {number} SPAN_KIND_UNSPECIFIED=0 SPAN_KIND_UNSPECIFIED value
                     * @property {number} SPAN_KIND_INTERNAL=1 SPAN_KIND_INTERNAL value
                     * @property {number} SPAN_KIND_SERVER=2 SPAN_KIND_SERVER value
                     * @property {number} SPAN_KIND_CLIENT=3 SPAN_KIND_CLIENT value
                     * @property {number} SPAN_KIND_PRODUCER=4 SPAN_KIND_PRODUCER value
                     * @property {number} SPAN_KIND_CONSUMER=5 SPAN_KIND_CONSUMER value
                     */
                    Span.SpanKind = (function() {
                        const valuesById = {}, values = Object.create(valuesById);
                        values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "SPAN_KIND_INTERNAL"] = 1;
                        values[valuesById[2] = "SPAN_KIND_SERVER"] = 2;
                        values[valuesById[3] = "SPAN_KIND_CLIENT"] = 3;
                        values[valuesById[4] = "SPAN_KIND_PRODUCER"] = 4;
                        values[valuesById[5] = "SPAN_KIND_CONSUMER"] = 5;
                        return values;
                    })();

                    Span.Event = (function() {

                        /**
                         * Properties of an Event.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @interface IEvent
                         * @property {Long|null} [timeUnixNano] Event timeUnixNano
                         * @property {string|null} [name] Event name
                         * @property {Array.<opentelemetry.proto.common.v1.IKeyValue>|null} [attributes] Event attributes
                         * @property {number|null} [droppedAttributesCount] Event droppedAttributesCount
                         */

                        /**
                         * Constructs a new Event.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @classdesc Represents an Event.
                         * @implements IEvent
                         * @constructor
                         * @param {opentelemetry.proto.trace.v1.Span.IEvent=} [properties] Properties to set
                         */
                        function Event(properties) {
                            this.attributes = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Event timeUnixNano.
                         * @member {Long} timeUnixNano
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * Event name.
                         * @member {string} name
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.name = "";

                        /**
                         * Event attributes.
                         * @member {Array.<opentelemetry.proto.common.v1.IKeyValue>} attributes
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.attributes = $util.emptyArray;

                        /**
                         * Event droppedAttributesCount.
                         * @member {number} droppedAttributesCount
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.droppedAttributesCount = 0;

                        /**
                         * Creates a new Event instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.IEvent=} [properties] Properties to set
                         * @returns {opentelemetry.proto.trace.v1.Span.Event} Event instance
                         */
                        Event.create = function create(properties) {
                            return new Event(properties);
                        };

                        /**
                         * Encodes the specified Event message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.IEvent} message Event message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Event.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.timeUnixNano != null && Object.hasOwnProperty.call(message, "timeUnixNano"))
                                writer.uint32(/* id 1, wireType 1 =*/9).fixed64(message.timeUnixNano);
                            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                            if (message.attributes != null && message.attributes.length)
                                for (let i = 0; i < message.attributes.length; ++i)
                                    $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.droppedAttributesCount);
                            return writer;
                        };

                        /**
                         * Encodes the specified Event message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.IEvent} message Event message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Event.encodeDelimited = function encodeDelimited(message, writer) {
                            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                        };

                        /**
                         * Decodes an Event message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.trace.v1.Span.Event} Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Event.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opentelemetry.proto.trace.v1.Span.Event();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.timeUnixNano = reader.fixed64();
                                        break;
                                    }
                                case 2: {
                                        message.name = reader.string();
                                        break;
                                    }
                                case 3: {
                                        if (!(message.attributes && message.attributes.length))
                                            message.attributes = [];
                                        message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                case 4: {
                                        message.droppedAttributesCount = reader.uint32();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Decodes an Event message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.trace.v1.Span.Event} Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Event.decodeDelimited = function decodeDelimited(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.uint32());
                        };

                        /**
                         * Verifies an Event message.
                         * @function verify
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Event.verify = function verify(message, long) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                return "maximum nesting depth exceeded";
                            if (message.timeUnixNano != null && Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (!$util.isInteger(message.timeUnixNano) && !(message.timeUnixNano && $util.isInteger(message.timeUnixNano.low) && $util.isInteger(message.timeUnixNano.high)))
                                    return "timeUnixNano: integer|Long expected";
                            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                                if (!$util.isString(message.name))
                                    return "name: string expected";
                            if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes")) {
                                if (!Array.isArray(message.attributes))
                                    return "attributes: array expected";
                                for (let i = 0; i < message.attributes.length; ++i) {
                                    let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], long + 1);
                                    if (error)
                                        return "attributes." + error;
                                }
                            }
                            if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                                if (!$util.isInteger(message.droppedAttributesCount))
                                    return "droppedAttributesCount: integer expected";
                            return null;
                        };

                        /**
                         * Creates an Event message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.trace.v1.Span.Event} Event
                         */
                        Event.fromObject = function fromObject(object, long) {
                            if (object instanceof $root.opentelemetry.proto.trace.v1.Span.Event)
                                return object;
                            if (!$util.isObject(object))
                                throw TypeError(".opentelemetry.proto.trace.v1.Span.Event: object expected");
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let message = new $root.opentelemetry.proto.trace.v1.Span.Event();
                            if (object.timeUnixNano != null)
                                if ($util.Long)
                                    message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                else if (typeof object.timeUnixNano === "string")
                                    message.timeUnixNano = parseInt(object.timeUnixNano, 10);
                                else if (typeof object.timeUnixNano === "number")
                                    message.timeUnixNano = object.timeUnixNano;
                                else if (typeof object.timeUnixNano === "object")
                                    message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                            if (object.name != null)
                                message.name = String(object.name);
                            if (object.attributes) {
                                if (!Array.isArray(object.attributes))
                                    throw TypeError(".opentelemetry.proto.trace.v1.Span.Event.attributes: array expected");
                                message.attributes = [];
                                for (let i = 0; i < object.attributes.length; ++i) {
                                    if (!$util.isObject(object.attributes[i]))
                                        throw TypeError(".opentelemetry.proto.trace.v1.Span.Event.attributes: object expected");
                                    message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], long + 1);
                                }
                            }
                            if (object.droppedAttributesCount != null)
                                message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
                            return message;
                        };

                        /**
                         * Creates a plain object from an Event message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Event} message Event
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Event.toObject = function toObject(message, options, q) {
                            if (!options)
                                options = {};
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.attributes = [];
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.timeUnixNano = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                                } else
                                    object.timeUnixNano = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                                object.name = "";
                                object.droppedAttributesCount = 0;
                            }
                            if (message.timeUnixNano != null && Object.hasOwnProperty.call(message, "timeUnixNano"))
                                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                    object.timeUnixNano = typeof message.timeUnixNano === "number" ? BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                                else if (typeof message.timeUnixNano === "number")
                                    object.timeUnixNano = options.longs === String ? String(message.timeUnixNano) : message.timeUnixNano;
                                else
                                    object.timeUnixNano = options.longs === String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                                object.name = message.name;
                            if (message.attributes && message.attributes.length) {
                                object.attributes = [];
                                for (let j = 0; j < message.attributes.length; ++j)
                                    object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, q + 1);
                            }
                            if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                                object.droppedAttributesCount = message.droppedAttributesCount;
                            return object;
                        };

                        /**
                         * Converts this Event to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Event.prototype.toJSON = function toJSON() {
                            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the default type url for Event
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Event.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opentelemetry.proto.trace.v1.Span.Event";
                        };

                        return Event;
                    })();

                    Span.Link = (function() {

                        /**
                         * Properties of a Link.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @interface ILink
                         * @property {Uint8Array|null} [traceId] Link traceId
                         * @property {Uint8Array|null} [spanId] Link spanId
                         * @property {string|null} [traceState] Link traceState
                         * @property {Array.<opentelemetry.proto.common.v1.IKeyValue>|null} [attributes] Link attributes
                         * @property {number|null} [droppedAttributesCount] Link droppedAttributesCount
                         * @property {number|null} [flags] Link flags
                         */

                        /**
                         * Constructs a new Link.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @classdesc Represents a Link.
                         * @implements ILink
                         * @constructor
                         * @param {opentelemetry.proto.trace.v1.Span.ILink=} [properties] Properties to set
                         */
                        function Link(properties) {
                            this.attributes = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Link traceId.
                         * @member {Uint8Array} traceId
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.traceId = $util.newBuffer([]);

                        /**
                         * Link spanId.
                         * @member {Uint8Array} spanId
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.spanId = $util.newBuffer([]);

                        /**
                         * Link traceState.
                         * @member {string} traceState
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.traceState = "";

                        /**
                         * Link attributes.
                         * @member {Array.<opentelemetry.proto.common.v1.IKeyValue>} attributes
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.attributes = $util.emptyArray;

                        /**
                         * Link droppedAttributesCount.
                         * @member {number} droppedAttributesCount
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.droppedAttributesCount = 0;

                        /**
                         * Link flags.
                         * @member {number} flags
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.flags = 0;

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.ILink=} [properties] Properties to set
                         * @returns {opentelemetry.proto.trace.v1.Span.Link} Link instance
                         */
                        Link.create = function create(properties) {
                            return new Link(properties);
                        };

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.ILink} message Link message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Link.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                            if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                            if (message.traceState != null && Object.hasOwnProperty.call(message, "traceState"))
                                writer.uint32(/* id 3, wireType 2 =*/26).string(message.traceState);
                            if (message.attributes != null && message.attributes.length)
                                for (let i = 0; i < message.attributes.length; ++i)
                                    $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                            if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.droppedAttributesCount);
                            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                                writer.uint32(/* id 6, wireType 5 =*/53).fixed32(message.flags);
                            return writer;
                        };

                        /**
                         * Encodes the specified Link message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.ILink} message Link message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Link.encodeDelimited = function encodeDelimited(message, writer) {
                            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                        };

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.trace.v1.Span.Link} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Link.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opentelemetry.proto.trace.v1.Span.Link();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.traceId = reader.bytes();
                                        break;
                                    }
                                case 2: {
                                        message.spanId = reader.bytes();
                                        break;
                                    }
                                case 3: {
                                        message.traceState = reader.string();
                                        break;
                                    }
                                case 4: {
                                        if (!(message.attributes && message.attributes.length))
                                            message.attributes = [];
                                        message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                case 5: {
                                        message.droppedAttributesCount = reader.uint32();
                                        break;
                                    }
                                case 6: {
                                        message.flags = reader.fixed32();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Decodes a Link message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.trace.v1.Span.Link} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Link.decodeDelimited = function decodeDelimited(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.uint32());
                        };

                        /**
                         * Verifies a Link message.
                         * @function verify
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Link.verify = function verify(message, long) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                return "maximum nesting depth exceeded";
                            if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                                if (!(message.traceId && typeof message.traceId.length === "number" || $util.isString(message.traceId)))
                                    return "traceId: buffer expected";
                            if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                                if (!(message.spanId && typeof message.spanId.length === "number" || $util.isString(message.spanId)))
                                    return "spanId: buffer expected";
                            if (message.traceState != null && Object.hasOwnProperty.call(message, "traceState"))
                                if (!$util.isString(message.traceState))
                                    return "traceState: string expected";
                            if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes")) {
                                if (!Array.isArray(message.attributes))
                                    return "attributes: array expected";
                                for (let i = 0; i < message.attributes.length; ++i) {
                                    let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], long + 1);
                                    if (error)
                                        return "attributes." + error;
                                }
                            }
                            if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                                if (!$util.isInteger(message.droppedAttributesCount))
                                    return "droppedAttributesCount: integer expected";
                            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                                if (!$util.isInteger(message.flags))
                                    return "flags: integer expected";
                            return null;
                        };

                        /**
                         * Creates a Link message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.trace.v1.Span.Link} Link
                         */
                        Link.fromObject = function fromObject(object, long) {
                            if (object instanceof $root.opentelemetry.proto.trace.v1.Span.Link)
                                return object;
                            if (!$util.isObject(object))
                                throw TypeError(".opentelemetry.proto.trace.v1.Span.Link: object expected");
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let message = new $root.opentelemetry.proto.trace.v1.Span.Link();
                            if (object.traceId != null)
                                if (typeof object.traceId === "string")
                                    $util.base64.decode(object.traceId, message.traceId = $util.newBuffer($util.base64.length(object.traceId)), 0);
                                else if (object.traceId.length >= 0)
                                    message.traceId = object.traceId;
                            if (object.spanId != null)
                                if (typeof object.spanId === "string")
                                    $util.base64.decode(object.spanId, message.spanId = $util.newBuffer($util.base64.length(object.spanId)), 0);
                                else if (object.spanId.length >= 0)
                                    message.spanId = object.spanId;
                            if (object.traceState != null)
                                message.traceState = String(object.traceState);
                            if (object.attributes) {
                                if (!Array.isArray(object.attributes))
                                    throw TypeError(".opentelemetry.proto.trace.v1.Span.Link.attributes: array expected");
                                message.attributes = [];
                                for (let i = 0; i < object.attributes.length; ++i) {
                                    if (!$util.isObject(object.attributes[i]))
                                        throw TypeError(".opentelemetry.proto.trace.v1.Span.Link.attributes: object expected");
                                    message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], long + 1);
                                }
                            }
                            if (object.droppedAttributesCount != null)
                                message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
                            if (object.flags != null)
                                message.flags = object.flags >>> 0;
                            return message;
                        };

                        /**
                         * Creates a plain object from a Link message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Link} message Link
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Link.toObject = function toObject(message, options, q) {
                            if (!options)
                                options = {};
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.attributes = [];
                            if (options.defaults) {
                                if (options.bytes === String)
                                    object.traceId = "";
                                else {
                                    object.traceId = [];
                                    if (options.bytes !== Array)
                                        object.traceId = $util.newBuffer(object.traceId);
                                }
                                if (options.bytes === String)
                                    object.spanId = "";
                                else {
                                    object.spanId = [];
                                    if (options.bytes !== Array)
                                        object.spanId = $util.newBuffer(object.spanId);
                                }
                                object.traceState = "";
                                object.droppedAttributesCount = 0;
                                object.flags = 0;
                            }
                            if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                                object.traceId = options.bytes === String ? $util.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === Array ? Array.prototype.slice.call(message.traceId) : message.traceId;
                            if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                                object.spanId = options.bytes === String ? $util.base64.encode(message.spanId, 0, message.spanId.length) : options.bytes === Array ? Array.prototype.slice.call(message.spanId) : message.spanId;
                            if (message.traceState != null && Object.hasOwnProperty.call(message, "traceState"))
                                object.traceState = message.traceState;
                            if (message.attributes && message.attributes.length) {
                                object.attributes = [];
                                for (let j = 0; j < message.attributes.length; ++j)
                                    object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, q + 1);
                            }
                            if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                                object.droppedAttributesCount = message.droppedAttributesCount;
                            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                                object.flags = message.flags;
                            return object;
                        };

                        /**
                         * Converts this Link to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Link.prototype.toJSON = function toJSON() {
                            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the default type url for Link
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Link.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opentelemetry.proto.trace.v1.Span.Link";
                        };

                        return Link;
                    })();

                    return Span;
                })();

                v1.Status = (function() {

                    /**
                     * Properties of a Status.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IStatus
                     * @property {string|null} [message] Status message
                     * @property {opentelemetry.proto.trace.v1.Status.StatusCode|null} [code] Status code
                     */

                    /**
                     * Constructs a new Status.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a Status.
                     * @implements IStatus
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.IStatus=} [properties] Properties to set
                     */
                    function Status(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Status message.
                     * @member {string} message
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.message = "";

                    /**
                     * Status code.
                     * @member {opentelemetry.proto.trace.v1.Status.StatusCode} code
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.code = 0;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IStatus=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.Status} Status instance
                     */
                    Status.create = function create(properties) {
                        return new Status(properties);
                    };

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IStatus} message Status message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                        if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                            writer.uint32(/* id 3, wireType 0 =*/24).int32(message.code);
                        return writer;
                    };

                    /**
                     * Encodes the specified Status message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.IStatus} message Status message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encodeDelimited = function encodeDelimited(message, writer) {
                        return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Status} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opentelemetry.proto.trace.v1.Status();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 2: {
                                    message.message = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.code = reader.int32();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.Status} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decodeDelimited = function decodeDelimited(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.uint32());
                    };

                    /**
                     * Verifies a Status message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Status.verify = function verify(message, long) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            return "maximum nesting depth exceeded";
                        if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                            if (!$util.isString(message.message))
                                return "message: string expected";
                        if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                            switch (message.code) {
                            default:
                                return "code: enum value expected";
                            case 0:
                            case 1:
                            case 2:
                                break;
                            }
                        return null;
                    };

                    /**
                     * Creates a Status message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.trace.v1.Status} Status
                     */
                    Status.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.opentelemetry.proto.trace.v1.Status)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".opentelemetry.proto.trace.v1.Status: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let message = new $root.opentelemetry.proto.trace.v1.Status();
                        if (object.message != null)
                            message.message = String(object.message);
                        switch (object.code) {
                        default:
                            if (typeof object.code === "number") {
                                message.code = object.code;
                                break;
                            }
                            break;
                        case "STATUS_CODE_UNSET":
                        case 0:
                            message.code = 0;
                            break;
                        case "STATUS_CODE_OK":
                        case 1:
                            message.code = 1;
                            break;
                        case "STATUS_CODE_ERROR":
                        case 2:
                            message.code = 2;
                            break;
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Status message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Status} message Status
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Status.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.message = "";
                            object.code = options.enums === String ? "STATUS_CODE_UNSET" : 0;
                        }
                        if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                            object.message = message.message;
                        if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                            object.code = options.enums === String ? $root.opentelemetry.proto.trace.v1.Status.StatusCode[message.code] === undefined ? message.code : $root.opentelemetry.proto.trace.v1.Status.StatusCode[message.code] : message.code;
                        return object;
                    };

                    /**
                     * Converts this Status to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Status.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for Status
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Status.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opentelemetry.proto.trace.v1.Status";
                    };

                    /**
                     * StatusCode enum.
                     * @name opentelemetry.proto.trace.v1.Status.StatusCode
                     * @enum {number}
                     * @property {number} STATUS_CODE_UNSET=0 STATUS_CODE_UNSET value
                     * @property {number} STATUS_CODE_OK=1 STATUS_CODE_OK value
                     * @property {number} STATUS_CODE_ERROR=2 STATUS_CODE_ERROR value
                     */
                    Status.StatusCode = (function() {
                        const valuesById = {}, values = Object.create(valuesById);
                        values[valuesById[0] = "STATUS_CODE_UNSET"] = 0;
                        values[valuesById[1] = "STATUS_CODE_OK"] = 1;
                        values[valuesById[2] = "STATUS_CODE_ERROR"] = 2;
                        return values;
                    })();

                    return Status;
                })();

                /**
                 * SpanFlags enum.
                 * @name opentelemetry.proto.trace.v1.SpanFlags
                 * @enum {number}
                 * @property {number} SPAN_FLAGS_DO_NOT_USE=0 SPAN_FLAGS_DO_NOT_USE value
                 * @property {number} SPAN_FLAGS_TRACE_FLAGS_MASK=255 SPAN_FLAGS_TRACE_FLAGS_MASK value
                 * @property {number} SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK=256 SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK value
                 * @property {number} SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK=512 SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK value
                 */
                v1.SpanFlags = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "SPAN_FLAGS_DO_NOT_USE"] = 0;
                    values[valuesById[255] = "SPAN_FLAGS_TRACE_FLAGS_MASK"] = 255;
                    values[valuesById[256] = "SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK"] = 256;
                    values[valuesById[512] = "SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK"] = 512;
                    return values;
                })();

                return v1;
            })();

            return trace;
        })();

        proto.collector = (function() {

            /**
             * Namespace collector.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const collector = {};

            collector.trace = (function() {

                /**
                 * Namespace trace.
                 * @memberof opentelemetry.proto.collector
                 * @namespace
                 */
                const trace = {};

                trace.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof opentelemetry.proto.collector.trace
                     * @namespace
                     */
                    const v1 = {};

                    v1.TraceService = (function() {

                        /**
                         * Constructs a new TraceService service.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents a TraceService
                         * @extends $protobuf.rpc.Service
                         * @constructor
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         */
                        function TraceService(rpcImpl, requestDelimited, responseDelimited) {
                            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                        }

                        (TraceService.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = TraceService;

                        /**
                         * Creates new TraceService service using the specified rpc implementation.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.TraceService
                         * @static
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         * @returns {TraceService} RPC service. Useful where requests and/or responses are streamed.
                         */
                        TraceService.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                            return new this(rpcImpl, requestDelimited, responseDelimited);
                        };

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.trace.v1.TraceService#export_}.
                         * @memberof opentelemetry.proto.collector.trace.v1.TraceService
                         * @typedef ExportCallback
                         * @type {function}
                         * @param {Error|null} error Error, if any
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} [response] ExportTraceServiceResponse
                         */

                        /**
                         * Calls Export.
                         * @function export
                         * @memberof opentelemetry.proto.collector.trace.v1.TraceService
                         * @instance
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest} request ExportTraceServiceRequest message or plain object
                         * @param {opentelemetry.proto.collector.trace.v1.TraceService.ExportCallback} callback Node-style callback called with the error, if any, and ExportTraceServiceResponse
                         * @returns {undefined}
                         * @variation 1
                         */
                        Object.defineProperty(TraceService.prototype["export"] = function export_(request, callback) {
                            return $protobuf.rpc.Service.prototype.rpcCall.call(this, export_, $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest, $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse, request, callback);
                        }, "name", { value: "Export" });

                        /**
                         * Calls Export.
                         * @function export
                         * @memberof opentelemetry.proto.collector.trace.v1.TraceService
                         * @instance
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest} request ExportTraceServiceRequest message or plain object
                         * @returns {Promise<opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse>} Promise
                         * @variation 2
                         */

                        return TraceService;
                    })();

                    v1.ExportTraceServiceRequest = (function() {

                        /**
                         * Properties of an ExportTraceServiceRequest.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @interface IExportTraceServiceRequest
                         * @property {Array.<opentelemetry.proto.trace.v1.IResourceSpans>|null} [resourceSpans] ExportTraceServiceRequest resourceSpans
                         */

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents an ExportTraceServiceRequest.
                         * @implements IExportTraceServiceRequest
                         * @constructor
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest=} [properties] Properties to set
                         */
                        function ExportTraceServiceRequest(properties) {
                            this.resourceSpans = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * ExportTraceServiceRequest resourceSpans.
                         * @member {Array.<opentelemetry.proto.trace.v1.IResourceSpans>} resourceSpans
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.resourceSpans = $util.emptyArray;

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest instance
                         */
                        ExportTraceServiceRequest.create = function create(properties) {
                            return new ExportTraceServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest} message ExportTraceServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceRequest.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.resourceSpans != null && message.resourceSpans.length)
                                for (let i = 0; i < message.resourceSpans.length; ++i)
                                    $root.opentelemetry.proto.trace.v1.ResourceSpans.encode(message.resourceSpans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportTraceServiceRequest message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest} message ExportTraceServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceRequest.encodeDelimited = function encodeDelimited(message, writer) {
                            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                        };

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceRequest.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        if (!(message.resourceSpans && message.resourceSpans.length))
                                            message.resourceSpans = [];
                                        message.resourceSpans.push($root.opentelemetry.proto.trace.v1.ResourceSpans.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceRequest.decodeDelimited = function decodeDelimited(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.uint32());
                        };

                        /**
                         * Verifies an ExportTraceServiceRequest message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportTraceServiceRequest.verify = function verify(message, long) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                return "maximum nesting depth exceeded";
                            if (message.resourceSpans != null && Object.hasOwnProperty.call(message, "resourceSpans")) {
                                if (!Array.isArray(message.resourceSpans))
                                    return "resourceSpans: array expected";
                                for (let i = 0; i < message.resourceSpans.length; ++i) {
                                    let error = $root.opentelemetry.proto.trace.v1.ResourceSpans.verify(message.resourceSpans[i], long + 1);
                                    if (error)
                                        return "resourceSpans." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportTraceServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest
                         */
                        ExportTraceServiceRequest.fromObject = function fromObject(object, long) {
                            if (object instanceof $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest)
                                return object;
                            if (!$util.isObject(object))
                                throw TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest: object expected");
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest();
                            if (object.resourceSpans) {
                                if (!Array.isArray(object.resourceSpans))
                                    throw TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.resourceSpans: array expected");
                                message.resourceSpans = [];
                                for (let i = 0; i < object.resourceSpans.length; ++i) {
                                    if (!$util.isObject(object.resourceSpans[i]))
                                        throw TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.resourceSpans: object expected");
                                    message.resourceSpans[i] = $root.opentelemetry.proto.trace.v1.ResourceSpans.fromObject(object.resourceSpans[i], long + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportTraceServiceRequest message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} message ExportTraceServiceRequest
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportTraceServiceRequest.toObject = function toObject(message, options, q) {
                            if (!options)
                                options = {};
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.resourceSpans = [];
                            if (message.resourceSpans && message.resourceSpans.length) {
                                object.resourceSpans = [];
                                for (let j = 0; j < message.resourceSpans.length; ++j)
                                    object.resourceSpans[j] = $root.opentelemetry.proto.trace.v1.ResourceSpans.toObject(message.resourceSpans[j], options, q + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this ExportTraceServiceRequest to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportTraceServiceRequest.prototype.toJSON = function toJSON() {
                            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the default type url for ExportTraceServiceRequest
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ExportTraceServiceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest";
                        };

                        return ExportTraceServiceRequest;
                    })();

                    v1.ExportTraceServiceResponse = (function() {

                        /**
                         * Properties of an ExportTraceServiceResponse.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @interface IExportTraceServiceResponse
                         * @property {opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess|null} [partialSuccess] ExportTraceServiceResponse partialSuccess
                         */

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents an ExportTraceServiceResponse.
                         * @implements IExportTraceServiceResponse
                         * @constructor
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse=} [properties] Properties to set
                         */
                        function ExportTraceServiceResponse(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * ExportTraceServiceResponse partialSuccess.
                         * @member {opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess|null|undefined} partialSuccess
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @instance
                         */
                        ExportTraceServiceResponse.prototype.partialSuccess = null;

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse instance
                         */
                        ExportTraceServiceResponse.create = function create(properties) {
                            return new ExportTraceServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse} message ExportTraceServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceResponse.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.partialSuccess != null && Object.hasOwnProperty.call(message, "partialSuccess"))
                                $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.encode(message.partialSuccess, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportTraceServiceResponse message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTraceServiceResponse} message ExportTraceServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceResponse.encodeDelimited = function encodeDelimited(message, writer) {
                            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                        };

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceResponse.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.partialSuccess = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceResponse.decodeDelimited = function decodeDelimited(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.uint32());
                        };

                        /**
                         * Verifies an ExportTraceServiceResponse message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportTraceServiceResponse.verify = function verify(message, long) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                return "maximum nesting depth exceeded";
                            if (message.partialSuccess != null && Object.hasOwnProperty.call(message, "partialSuccess")) {
                                let error = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify(message.partialSuccess, long + 1);
                                if (error)
                                    return "partialSuccess." + error;
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportTraceServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse
                         */
                        ExportTraceServiceResponse.fromObject = function fromObject(object, long) {
                            if (object instanceof $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse)
                                return object;
                            if (!$util.isObject(object))
                                throw TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse: object expected");
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse();
                            if (object.partialSuccess != null) {
                                if (!$util.isObject(object.partialSuccess))
                                    throw TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.partialSuccess: object expected");
                                message.partialSuccess = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.fromObject(object.partialSuccess, long + 1);
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportTraceServiceResponse message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} message ExportTraceServiceResponse
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportTraceServiceResponse.toObject = function toObject(message, options, q) {
                            if (!options)
                                options = {};
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            let object = {};
                            if (options.defaults)
                                object.partialSuccess = null;
                            if (message.partialSuccess != null && Object.hasOwnProperty.call(message, "partialSuccess"))
                                object.partialSuccess = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.toObject(message.partialSuccess, options, q + 1);
                            return object;
                        };

                        /**
                         * Converts this ExportTraceServiceResponse to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportTraceServiceResponse.prototype.toJSON = function toJSON() {
                            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the default type url for ExportTraceServiceResponse
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ExportTraceServiceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse";
                        };

                        return ExportTraceServiceResponse;
                    })();

                    v1.ExportTracePartialSuccess = (function() {

                        /**
                         * Properties of an ExportTracePartialSuccess.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @interface IExportTracePartialSuccess
                         * @property {Long|null} [rejectedSpans] ExportTracePartialSuccess rejectedSpans
                         * @property {string|null} [errorMessage] ExportTracePartialSuccess errorMessage
                         */

                        /**
                         * Constructs a new ExportTracePartialSuccess.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents an ExportTracePartialSuccess.
                         * @implements IExportTracePartialSuccess
                         * @constructor
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess=} [properties] Properties to set
                         */
                        function ExportTracePartialSuccess(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * ExportTracePartialSuccess rejectedSpans.
                         * @member {Long} rejectedSpans
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @instance
                         */
                        ExportTracePartialSuccess.prototype.rejectedSpans = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * ExportTracePartialSuccess errorMessage.
                         * @member {string} errorMessage
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @instance
                         */
                        ExportTracePartialSuccess.prototype.errorMessage = "";

                        /**
                         * Creates a new ExportTracePartialSuccess instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} ExportTracePartialSuccess instance
                         */
                        ExportTracePartialSuccess.create = function create(properties) {
                            return new ExportTracePartialSuccess(properties);
                        };

                        /**
                         * Encodes the specified ExportTracePartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess} message ExportTracePartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTracePartialSuccess.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.rejectedSpans != null && Object.hasOwnProperty.call(message, "rejectedSpans"))
                                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.rejectedSpans);
                            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorMessage);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportTracePartialSuccess message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess} message ExportTracePartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTracePartialSuccess.encodeDelimited = function encodeDelimited(message, writer) {
                            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                        };

                        /**
                         * Decodes an ExportTracePartialSuccess message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} ExportTracePartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTracePartialSuccess.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.rejectedSpans = reader.int64();
                                        break;
                                    }
                                case 2: {
                                        message.errorMessage = reader.string();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Decodes an ExportTracePartialSuccess message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} ExportTracePartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTracePartialSuccess.decodeDelimited = function decodeDelimited(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.uint32());
                        };

                        /**
                         * Verifies an ExportTracePartialSuccess message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportTracePartialSuccess.verify = function verify(message, long) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                return "maximum nesting depth exceeded";
                            if (message.rejectedSpans != null && Object.hasOwnProperty.call(message, "rejectedSpans"))
                                if (!$util.isInteger(message.rejectedSpans) && !(message.rejectedSpans && $util.isInteger(message.rejectedSpans.low) && $util.isInteger(message.rejectedSpans.high)))
                                    return "rejectedSpans: integer|Long expected";
                            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                                if (!$util.isString(message.errorMessage))
                                    return "errorMessage: string expected";
                            return null;
                        };

                        /**
                         * Creates an ExportTracePartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} ExportTracePartialSuccess
                         */
                        ExportTracePartialSuccess.fromObject = function fromObject(object, long) {
                            if (object instanceof $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess)
                                return object;
                            if (!$util.isObject(object))
                                throw TypeError(".opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess: object expected");
                            if (long === undefined)
                                long = 0;
                            if (long > $util.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess();
                            if (object.rejectedSpans != null)
                                if ($util.Long)
                                    message.rejectedSpans = $util.Long.fromValue(object.rejectedSpans, false);
                                else if (typeof object.rejectedSpans === "string")
                                    message.rejectedSpans = parseInt(object.rejectedSpans, 10);
                                else if (typeof object.rejectedSpans === "number")
                                    message.rejectedSpans = object.rejectedSpans;
                                else if (typeof object.rejectedSpans === "object")
                                    message.rejectedSpans = new $util.LongBits(object.rejectedSpans.low >>> 0, object.rejectedSpans.high >>> 0).toNumber();
                            if (object.errorMessage != null)
                                message.errorMessage = String(object.errorMessage);
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportTracePartialSuccess message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} message ExportTracePartialSuccess
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportTracePartialSuccess.toObject = function toObject(message, options, q) {
                            if (!options)
                                options = {};
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, false);
                                    object.rejectedSpans = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                                } else
                                    object.rejectedSpans = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                                object.errorMessage = "";
                            }
                            if (message.rejectedSpans != null && Object.hasOwnProperty.call(message, "rejectedSpans"))
                                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                    object.rejectedSpans = typeof message.rejectedSpans === "number" ? BigInt(message.rejectedSpans) : $util.Long.fromBits(message.rejectedSpans.low >>> 0, message.rejectedSpans.high >>> 0, false).toBigInt();
                                else if (typeof message.rejectedSpans === "number")
                                    object.rejectedSpans = options.longs === String ? String(message.rejectedSpans) : message.rejectedSpans;
                                else
                                    object.rejectedSpans = options.longs === String ? $util.Long.prototype.toString.call(message.rejectedSpans) : options.longs === Number ? new $util.LongBits(message.rejectedSpans.low >>> 0, message.rejectedSpans.high >>> 0).toNumber() : message.rejectedSpans;
                            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                                object.errorMessage = message.errorMessage;
                            return object;
                        };

                        /**
                         * Converts this ExportTracePartialSuccess to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportTracePartialSuccess.prototype.toJSON = function toJSON() {
                            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the default type url for ExportTracePartialSuccess
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ExportTracePartialSuccess.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess";
                        };

                        return ExportTracePartialSuccess;
                    })();

                    return v1;
                })();

                return trace;
            })();

            return collector;
        })();

        return proto;
    })();

    return opentelemetry;
})();

export const jaeger = $root.jaeger = (() => {

    /**
     * Namespace jaeger.
     * @exports jaeger
     * @namespace
     */
    const jaeger = {};

    jaeger.api_v2 = (function() {

        /**
         * Namespace api_v2.
         * @memberof jaeger
         * @namespace
         */
        const api_v2 = {};

        /**
         * ValueType enum.
         * @name jaeger.api_v2.ValueType
         * @enum {number}
         * @property {number} STRING=0 STRING value
         * @property {number} BOOL=1 BOOL value
         * @property {number} INT64=2 INT64 value
         * @property {number} FLOAT64=3 FLOAT64 value
         * @property {number} BINARY=4 BINARY value
         */
        api_v2.ValueType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "STRING"] = 0;
            values[valuesById[1] = "BOOL"] = 1;
            values[valuesById[2] = "INT64"] = 2;
            values[valuesById[3] = "FLOAT64"] = 3;
            values[valuesById[4] = "BINARY"] = 4;
            return values;
        })();

        api_v2.KeyValue = (function() {

            /**
             * Properties of a KeyValue.
             * @memberof jaeger.api_v2
             * @interface IKeyValue
             * @property {string|null} [key] KeyValue key
             * @property {jaeger.api_v2.ValueType|null} [vType] KeyValue vType
             * @property {string|null} [vStr] KeyValue vStr
             * @property {boolean|null} [vBool] KeyValue vBool
             * @property {Long|null} [vInt64] KeyValue vInt64
             * @property {number|null} [vFloat64] KeyValue vFloat64
             * @property {Uint8Array|null} [vBinary] KeyValue vBinary
             */

            /**
             * Constructs a new KeyValue.
             * @memberof jaeger.api_v2
             * @classdesc Represents a KeyValue.
             * @implements IKeyValue
             * @constructor
             * @param {jaeger.api_v2.IKeyValue=} [properties] Properties to set
             */
            function KeyValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * KeyValue key.
             * @member {string} key
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.key = "";

            /**
             * KeyValue vType.
             * @member {jaeger.api_v2.ValueType} vType
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vType = 0;

            /**
             * KeyValue vStr.
             * @member {string} vStr
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vStr = "";

            /**
             * KeyValue vBool.
             * @member {boolean} vBool
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vBool = false;

            /**
             * KeyValue vInt64.
             * @member {Long} vInt64
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vInt64 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * KeyValue vFloat64.
             * @member {number} vFloat64
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vFloat64 = 0;

            /**
             * KeyValue vBinary.
             * @member {Uint8Array} vBinary
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vBinary = $util.newBuffer([]);

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {jaeger.api_v2.IKeyValue=} [properties] Properties to set
             * @returns {jaeger.api_v2.KeyValue} KeyValue instance
             */
            KeyValue.create = function create(properties) {
                return new KeyValue(properties);
            };

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link jaeger.api_v2.KeyValue.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {jaeger.api_v2.IKeyValue} message KeyValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.vType != null && Object.hasOwnProperty.call(message, "vType"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.vType);
                if (message.vStr != null && Object.hasOwnProperty.call(message, "vStr"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.vStr);
                if (message.vBool != null && Object.hasOwnProperty.call(message, "vBool"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.vBool);
                if (message.vInt64 != null && Object.hasOwnProperty.call(message, "vInt64"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.vInt64);
                if (message.vFloat64 != null && Object.hasOwnProperty.call(message, "vFloat64"))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.vFloat64);
                if (message.vBinary != null && Object.hasOwnProperty.call(message, "vBinary"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.vBinary);
                return writer;
            };

            /**
             * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link jaeger.api_v2.KeyValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {jaeger.api_v2.IKeyValue} message KeyValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyValue.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.KeyValue} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.KeyValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.key = reader.string();
                            break;
                        }
                    case 2: {
                            message.vType = reader.int32();
                            break;
                        }
                    case 3: {
                            message.vStr = reader.string();
                            break;
                        }
                    case 4: {
                            message.vBool = reader.bool();
                            break;
                        }
                    case 5: {
                            message.vInt64 = reader.int64();
                            break;
                        }
                    case 6: {
                            message.vFloat64 = reader.double();
                            break;
                        }
                    case 7: {
                            message.vBinary = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.KeyValue} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyValue.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a KeyValue message.
             * @function verify
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeyValue.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.vType != null && Object.hasOwnProperty.call(message, "vType"))
                    switch (message.vType) {
                    default:
                        return "vType: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                        break;
                    }
                if (message.vStr != null && Object.hasOwnProperty.call(message, "vStr"))
                    if (!$util.isString(message.vStr))
                        return "vStr: string expected";
                if (message.vBool != null && Object.hasOwnProperty.call(message, "vBool"))
                    if (typeof message.vBool !== "boolean")
                        return "vBool: boolean expected";
                if (message.vInt64 != null && Object.hasOwnProperty.call(message, "vInt64"))
                    if (!$util.isInteger(message.vInt64) && !(message.vInt64 && $util.isInteger(message.vInt64.low) && $util.isInteger(message.vInt64.high)))
                        return "vInt64: integer|Long expected";
                if (message.vFloat64 != null && Object.hasOwnProperty.call(message, "vFloat64"))
                    if (typeof message.vFloat64 !== "number")
                        return "vFloat64: number expected";
                if (message.vBinary != null && Object.hasOwnProperty.call(message, "vBinary"))
                    if (!(message.vBinary && typeof message.vBinary.length === "number" || $util.isString(message.vBinary)))
                        return "vBinary: buffer expected";
                return null;
            };

            /**
             * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.KeyValue} KeyValue
             */
            KeyValue.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.KeyValue)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.KeyValue: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.KeyValue();
                if (object.key != null)
                    message.key = String(object.key);
                switch (object.vType) {
                default:
                    if (typeof object.vType === "number") {
                        message.vType = object.vType;
                        break;
                    }
                    break;
                case "STRING":
                case 0:
                    message.vType = 0;
                    break;
                case "BOOL":
                case 1:
                    message.vType = 1;
                    break;
                case "INT64":
                case 2:
                    message.vType = 2;
                    break;
                case "FLOAT64":
                case 3:
                    message.vType = 3;
                    break;
                case "BINARY":
                case 4:
                    message.vType = 4;
                    break;
                }
                if (object.vStr != null)
                    message.vStr = String(object.vStr);
                if (object.vBool != null)
                    message.vBool = Boolean(object.vBool);
                if (object.vInt64 != null)
                    if ($util.Long)
                        message.vInt64 = $util.Long.fromValue(object.vInt64, false);
                    else if (typeof object.vInt64 === "string")
                        message.vInt64 = parseInt(object.vInt64, 10);
                    else if (typeof object.vInt64 === "number")
                        message.vInt64 = object.vInt64;
                    else if (typeof object.vInt64 === "object")
                        message.vInt64 = new $util.LongBits(object.vInt64.low >>> 0, object.vInt64.high >>> 0).toNumber();
                if (object.vFloat64 != null)
                    message.vFloat64 = Number(object.vFloat64);
                if (object.vBinary != null)
                    if (typeof object.vBinary === "string")
                        $util.base64.decode(object.vBinary, message.vBinary = $util.newBuffer($util.base64.length(object.vBinary)), 0);
                    else if (object.vBinary.length >= 0)
                        message.vBinary = object.vBinary;
                return message;
            };

            /**
             * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {jaeger.api_v2.KeyValue} message KeyValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyValue.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.vType = options.enums === String ? "STRING" : 0;
                    object.vStr = "";
                    object.vBool = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.vInt64 = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.vInt64 = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.vFloat64 = 0;
                    if (options.bytes === String)
                        object.vBinary = "";
                    else {
                        object.vBinary = [];
                        if (options.bytes !== Array)
                            object.vBinary = $util.newBuffer(object.vBinary);
                    }
                }
                if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.vType != null && Object.hasOwnProperty.call(message, "vType"))
                    object.vType = options.enums === String ? $root.jaeger.api_v2.ValueType[message.vType] === undefined ? message.vType : $root.jaeger.api_v2.ValueType[message.vType] : message.vType;
                if (message.vStr != null && Object.hasOwnProperty.call(message, "vStr"))
                    object.vStr = message.vStr;
                if (message.vBool != null && Object.hasOwnProperty.call(message, "vBool"))
                    object.vBool = message.vBool;
                if (message.vInt64 != null && Object.hasOwnProperty.call(message, "vInt64"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.vInt64 = typeof message.vInt64 === "number" ? BigInt(message.vInt64) : $util.Long.fromBits(message.vInt64.low >>> 0, message.vInt64.high >>> 0, false).toBigInt();
                    else if (typeof message.vInt64 === "number")
                        object.vInt64 = options.longs === String ? String(message.vInt64) : message.vInt64;
                    else
                        object.vInt64 = options.longs === String ? $util.Long.prototype.toString.call(message.vInt64) : options.longs === Number ? new $util.LongBits(message.vInt64.low >>> 0, message.vInt64.high >>> 0).toNumber() : message.vInt64;
                if (message.vFloat64 != null && Object.hasOwnProperty.call(message, "vFloat64"))
                    object.vFloat64 = options.json && !isFinite(message.vFloat64) ? String(message.vFloat64) : message.vFloat64;
                if (message.vBinary != null && Object.hasOwnProperty.call(message, "vBinary"))
                    object.vBinary = options.bytes === String ? $util.base64.encode(message.vBinary, 0, message.vBinary.length) : options.bytes === Array ? Array.prototype.slice.call(message.vBinary) : message.vBinary;
                return object;
            };

            /**
             * Converts this KeyValue to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyValue.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for KeyValue
             * @function getTypeUrl
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.KeyValue";
            };

            return KeyValue;
        })();

        api_v2.Log = (function() {

            /**
             * Properties of a Log.
             * @memberof jaeger.api_v2
             * @interface ILog
             * @property {google.protobuf.ITimestamp|null} [timestamp] Log timestamp
             * @property {Array.<jaeger.api_v2.IKeyValue>|null} [fields] Log fields
             */

            /**
             * Constructs a new Log.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Log.
             * @implements ILog
             * @constructor
             * @param {jaeger.api_v2.ILog=} [properties] Properties to set
             */
            function Log(properties) {
                this.fields = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Log timestamp.
             * @member {google.protobuf.ITimestamp|null|undefined} timestamp
             * @memberof jaeger.api_v2.Log
             * @instance
             */
            Log.prototype.timestamp = null;

            /**
             * Log fields.
             * @member {Array.<jaeger.api_v2.IKeyValue>} fields
             * @memberof jaeger.api_v2.Log
             * @instance
             */
            Log.prototype.fields = $util.emptyArray;

            /**
             * Creates a new Log instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {jaeger.api_v2.ILog=} [properties] Properties to set
             * @returns {jaeger.api_v2.Log} Log instance
             */
            Log.create = function create(properties) {
                return new Log(properties);
            };

            /**
             * Encodes the specified Log message. Does not implicitly {@link jaeger.api_v2.Log.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {jaeger.api_v2.ILog} message Log message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Log.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.fields != null && message.fields.length)
                    for (let i = 0; i < message.fields.length; ++i)
                        $root.jaeger.api_v2.KeyValue.encode(message.fields[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Log message, length delimited. Does not implicitly {@link jaeger.api_v2.Log.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {jaeger.api_v2.ILog} message Log message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Log.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Log} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Log.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.Log();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.fields && message.fields.length))
                                message.fields = [];
                            message.fields.push($root.jaeger.api_v2.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Log message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.Log} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Log.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Log message.
             * @function verify
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Log.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.timestamp, long + 1);
                    if (error)
                        return "timestamp." + error;
                }
                if (message.fields != null && Object.hasOwnProperty.call(message, "fields")) {
                    if (!Array.isArray(message.fields))
                        return "fields: array expected";
                    for (let i = 0; i < message.fields.length; ++i) {
                        let error = $root.jaeger.api_v2.KeyValue.verify(message.fields[i], long + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Log message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.Log} Log
             */
            Log.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.Log)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.Log: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.Log();
                if (object.timestamp != null) {
                    if (!$util.isObject(object.timestamp))
                        throw TypeError(".jaeger.api_v2.Log.timestamp: object expected");
                    message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, long + 1);
                }
                if (object.fields) {
                    if (!Array.isArray(object.fields))
                        throw TypeError(".jaeger.api_v2.Log.fields: array expected");
                    message.fields = [];
                    for (let i = 0; i < object.fields.length; ++i) {
                        if (!$util.isObject(object.fields[i]))
                            throw TypeError(".jaeger.api_v2.Log.fields: object expected");
                        message.fields[i] = $root.jaeger.api_v2.KeyValue.fromObject(object.fields[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Log message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {jaeger.api_v2.Log} message Log
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Log.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fields = [];
                if (options.defaults)
                    object.timestamp = null;
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, q + 1);
                if (message.fields && message.fields.length) {
                    object.fields = [];
                    for (let j = 0; j < message.fields.length; ++j)
                        object.fields[j] = $root.jaeger.api_v2.KeyValue.toObject(message.fields[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this Log to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.Log
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Log.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Log
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Log.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Log";
            };

            return Log;
        })();

        /**
         * SpanRefType enum.
         * @name jaeger.api_v2.SpanRefType
         * @enum {number}
         * @property {number} CHILD_OF=0 CHILD_OF value
         * @property {number} FOLLOWS_FROM=1 FOLLOWS_FROM value
         */
        api_v2.SpanRefType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "CHILD_OF"] = 0;
            values[valuesById[1] = "FOLLOWS_FROM"] = 1;
            return values;
        })();

        api_v2.SpanRef = (function() {

            /**
             * Properties of a SpanRef.
             * @memberof jaeger.api_v2
             * @interface ISpanRef
             * @property {Uint8Array|null} [traceId] SpanRef traceId
             * @property {Uint8Array|null} [spanId] SpanRef spanId
             * @property {jaeger.api_v2.SpanRefType|null} [refType] SpanRef refType
             */

            /**
             * Constructs a new SpanRef.
             * @memberof jaeger.api_v2
             * @classdesc Represents a SpanRef.
             * @implements ISpanRef
             * @constructor
             * @param {jaeger.api_v2.ISpanRef=} [properties] Properties to set
             */
            function SpanRef(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SpanRef traceId.
             * @member {Uint8Array} traceId
             * @memberof jaeger.api_v2.SpanRef
             * @instance
             */
            SpanRef.prototype.traceId = $util.newBuffer([]);

            /**
             * SpanRef spanId.
             * @member {Uint8Array} spanId
             * @memberof jaeger.api_v2.SpanRef
             * @instance
             */
            SpanRef.prototype.spanId = $util.newBuffer([]);

            /**
             * SpanRef refType.
             * @member {jaeger.api_v2.SpanRefType} refType
             * @memberof jaeger.api_v2.SpanRef
             * @instance
             */
            SpanRef.prototype.refType = 0;

            /**
             * Creates a new SpanRef instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {jaeger.api_v2.ISpanRef=} [properties] Properties to set
             * @returns {jaeger.api_v2.SpanRef} SpanRef instance
             */
            SpanRef.create = function create(properties) {
                return new SpanRef(properties);
            };

            /**
             * Encodes the specified SpanRef message. Does not implicitly {@link jaeger.api_v2.SpanRef.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {jaeger.api_v2.ISpanRef} message SpanRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpanRef.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                if (message.refType != null && Object.hasOwnProperty.call(message, "refType"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.refType);
                return writer;
            };

            /**
             * Encodes the specified SpanRef message, length delimited. Does not implicitly {@link jaeger.api_v2.SpanRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {jaeger.api_v2.ISpanRef} message SpanRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpanRef.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SpanRef message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.SpanRef} SpanRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpanRef.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.SpanRef();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.traceId = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.spanId = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.refType = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SpanRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.SpanRef} SpanRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpanRef.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SpanRef message.
             * @function verify
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SpanRef.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    if (!(message.traceId && typeof message.traceId.length === "number" || $util.isString(message.traceId)))
                        return "traceId: buffer expected";
                if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                    if (!(message.spanId && typeof message.spanId.length === "number" || $util.isString(message.spanId)))
                        return "spanId: buffer expected";
                if (message.refType != null && Object.hasOwnProperty.call(message, "refType"))
                    switch (message.refType) {
                    default:
                        return "refType: enum value expected";
                    case 0:
                    case 1:
                        break;
                    }
                return null;
            };

            /**
             * Creates a SpanRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.SpanRef} SpanRef
             */
            SpanRef.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.SpanRef)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.SpanRef: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.SpanRef();
                if (object.traceId != null)
                    if (typeof object.traceId === "string")
                        $util.base64.decode(object.traceId, message.traceId = $util.newBuffer($util.base64.length(object.traceId)), 0);
                    else if (object.traceId.length >= 0)
                        message.traceId = object.traceId;
                if (object.spanId != null)
                    if (typeof object.spanId === "string")
                        $util.base64.decode(object.spanId, message.spanId = $util.newBuffer($util.base64.length(object.spanId)), 0);
                    else if (object.spanId.length >= 0)
                        message.spanId = object.spanId;
                switch (object.refType) {
                default:
                    if (typeof object.refType === "number") {
                        message.refType = object.refType;
                        break;
                    }
                    break;
                case "CHILD_OF":
                case 0:
                    message.refType = 0;
                    break;
                case "FOLLOWS_FROM":
                case 1:
                    message.refType = 1;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a SpanRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {jaeger.api_v2.SpanRef} message SpanRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SpanRef.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === String)
                        object.traceId = "";
                    else {
                        object.traceId = [];
                        if (options.bytes !== Array)
                            object.traceId = $util.newBuffer(object.traceId);
                    }
                    if (options.bytes === String)
                        object.spanId = "";
                    else {
                        object.spanId = [];
                        if (options.bytes !== Array)
                            object.spanId = $util.newBuffer(object.spanId);
                    }
                    object.refType = options.enums === String ? "CHILD_OF" : 0;
                }
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    object.traceId = options.bytes === String ? $util.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === Array ? Array.prototype.slice.call(message.traceId) : message.traceId;
                if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                    object.spanId = options.bytes === String ? $util.base64.encode(message.spanId, 0, message.spanId.length) : options.bytes === Array ? Array.prototype.slice.call(message.spanId) : message.spanId;
                if (message.refType != null && Object.hasOwnProperty.call(message, "refType"))
                    object.refType = options.enums === String ? $root.jaeger.api_v2.SpanRefType[message.refType] === undefined ? message.refType : $root.jaeger.api_v2.SpanRefType[message.refType] : message.refType;
                return object;
            };

            /**
             * Converts this SpanRef to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.SpanRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SpanRef.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SpanRef
             * @function getTypeUrl
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SpanRef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.SpanRef";
            };

            return SpanRef;
        })();

        api_v2.Process = (function() {

            /**
             * Properties of a Process.
             * @memberof jaeger.api_v2
             * @interface IProcess
             * @property {string|null} [serviceName] Process serviceName
             * @property {Array.<jaeger.api_v2.IKeyValue>|null} [tags] Process tags
             */

            /**
             * Constructs a new Process.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Process.
             * @implements IProcess
             * @constructor
             * @param {jaeger.api_v2.IProcess=} [properties] Properties to set
             */
            function Process(properties) {
                this.tags = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Process serviceName.
             * @member {string} serviceName
             * @memberof jaeger.api_v2.Process
             * @instance
             */
            Process.prototype.serviceName = "";

            /**
             * Process tags.
             * @member {Array.<jaeger.api_v2.IKeyValue>} tags
             * @memberof jaeger.api_v2.Process
             * @instance
             */
            Process.prototype.tags = $util.emptyArray;

            /**
             * Creates a new Process instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {jaeger.api_v2.IProcess=} [properties] Properties to set
             * @returns {jaeger.api_v2.Process} Process instance
             */
            Process.create = function create(properties) {
                return new Process(properties);
            };

            /**
             * Encodes the specified Process message. Does not implicitly {@link jaeger.api_v2.Process.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {jaeger.api_v2.IProcess} message Process message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Process.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        $root.jaeger.api_v2.KeyValue.encode(message.tags[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Process message, length delimited. Does not implicitly {@link jaeger.api_v2.Process.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {jaeger.api_v2.IProcess} message Process message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Process.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Process message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Process} Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Process.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.Process();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.serviceName = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push($root.jaeger.api_v2.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Process message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.Process} Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Process.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Process message.
             * @function verify
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Process.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    if (!$util.isString(message.serviceName))
                        return "serviceName: string expected";
                if (message.tags != null && Object.hasOwnProperty.call(message, "tags")) {
                    if (!Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i) {
                        let error = $root.jaeger.api_v2.KeyValue.verify(message.tags[i], long + 1);
                        if (error)
                            return "tags." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Process message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.Process} Process
             */
            Process.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.Process)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.Process: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.Process();
                if (object.serviceName != null)
                    message.serviceName = String(object.serviceName);
                if (object.tags) {
                    if (!Array.isArray(object.tags))
                        throw TypeError(".jaeger.api_v2.Process.tags: array expected");
                    message.tags = [];
                    for (let i = 0; i < object.tags.length; ++i) {
                        if (!$util.isObject(object.tags[i]))
                            throw TypeError(".jaeger.api_v2.Process.tags: object expected");
                        message.tags[i] = $root.jaeger.api_v2.KeyValue.fromObject(object.tags[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Process message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {jaeger.api_v2.Process} message Process
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Process.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tags = [];
                if (options.defaults)
                    object.serviceName = "";
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    object.serviceName = message.serviceName;
                if (message.tags && message.tags.length) {
                    object.tags = [];
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = $root.jaeger.api_v2.KeyValue.toObject(message.tags[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this Process to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.Process
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Process.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Process
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Process.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Process";
            };

            return Process;
        })();

        api_v2.Span = (function() {

            /**
             * Properties of a Span.
             * @memberof jaeger.api_v2
             * @interface ISpan
             * @property {Uint8Array|null} [traceId] Span traceId
             * @property {Uint8Array|null} [spanId] Span spanId
             * @property {string|null} [operationName] Span operationName
             * @property {Array.<jaeger.api_v2.ISpanRef>|null} [references] Span references
             * @property {number|null} [flags] Span flags
             * @property {google.protobuf.ITimestamp|null} [startTime] Span startTime
             * @property {google.protobuf.IDuration|null} [duration] Span duration
             * @property {Array.<jaeger.api_v2.IKeyValue>|null} [tags] Span tags
             * @property {Array.<jaeger.api_v2.ILog>|null} [logs] Span logs
             * @property {jaeger.api_v2.IProcess|null} [process] Span process
             * @property {string|null} [processId] Span processId
             * @property {Array.<string>|null} [warnings] Span warnings
             */

            /**
             * Constructs a new Span.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Span.
             * @implements ISpan
             * @constructor
             * @param {jaeger.api_v2.ISpan=} [properties] Properties to set
             */
            function Span(properties) {
                this.references = [];
                this.tags = [];
                this.logs = [];
                this.warnings = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Span traceId.
             * @member {Uint8Array} traceId
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.traceId = $util.newBuffer([]);

            /**
             * Span spanId.
             * @member {Uint8Array} spanId
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.spanId = $util.newBuffer([]);

            /**
             * Span operationName.
             * @member {string} operationName
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.operationName = "";

            /**
             * Span references.
             * @member {Array.<jaeger.api_v2.ISpanRef>} references
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.references = $util.emptyArray;

            /**
             * Span flags.
             * @member {number} flags
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.flags = 0;

            /**
             * Span startTime.
             * @member {google.protobuf.ITimestamp|null|undefined} startTime
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.startTime = null;

            /**
             * Span duration.
             * @member {google.protobuf.IDuration|null|undefined} duration
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.duration = null;

            /**
             * Span tags.
             * @member {Array.<jaeger.api_v2.IKeyValue>} tags
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.tags = $util.emptyArray;

            /**
             * Span logs.
             * @member {Array.<jaeger.api_v2.ILog>} logs
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.logs = $util.emptyArray;

            /**
             * Span process.
             * @member {jaeger.api_v2.IProcess|null|undefined} process
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.process = null;

            /**
             * Span processId.
             * @member {string} processId
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.processId = "";

            /**
             * Span warnings.
             * @member {Array.<string>} warnings
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.warnings = $util.emptyArray;

            /**
             * Creates a new Span instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {jaeger.api_v2.ISpan=} [properties] Properties to set
             * @returns {jaeger.api_v2.Span} Span instance
             */
            Span.create = function create(properties) {
                return new Span(properties);
            };

            /**
             * Encodes the specified Span message. Does not implicitly {@link jaeger.api_v2.Span.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {jaeger.api_v2.ISpan} message Span message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Span.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.operationName);
                if (message.references != null && message.references.length)
                    for (let i = 0; i < message.references.length; ++i)
                        $root.jaeger.api_v2.SpanRef.encode(message.references[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.flags);
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.duration != null && Object.hasOwnProperty.call(message, "duration"))
                    $root.google.protobuf.Duration.encode(message.duration, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        $root.jaeger.api_v2.KeyValue.encode(message.tags[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.logs != null && message.logs.length)
                    for (let i = 0; i < message.logs.length; ++i)
                        $root.jaeger.api_v2.Log.encode(message.logs[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    $root.jaeger.api_v2.Process.encode(message.process, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.processId != null && Object.hasOwnProperty.call(message, "processId"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.processId);
                if (message.warnings != null && message.warnings.length)
                    for (let i = 0; i < message.warnings.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.warnings[i]);
                return writer;
            };

            /**
             * Encodes the specified Span message, length delimited. Does not implicitly {@link jaeger.api_v2.Span.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {jaeger.api_v2.ISpan} message Span message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Span.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Span} Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Span.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.Span();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.traceId = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.spanId = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.operationName = reader.string();
                            break;
                        }
                    case 4: {
                            if (!(message.references && message.references.length))
                                message.references = [];
                            message.references.push($root.jaeger.api_v2.SpanRef.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            message.flags = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.duration = $root.google.protobuf.Duration.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push($root.jaeger.api_v2.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 9: {
                            if (!(message.logs && message.logs.length))
                                message.logs = [];
                            message.logs.push($root.jaeger.api_v2.Log.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            message.process = $root.jaeger.api_v2.Process.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.processId = reader.string();
                            break;
                        }
                    case 12: {
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Span message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.Span} Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Span.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Span message.
             * @function verify
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Span.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    if (!(message.traceId && typeof message.traceId.length === "number" || $util.isString(message.traceId)))
                        return "traceId: buffer expected";
                if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                    if (!(message.spanId && typeof message.spanId.length === "number" || $util.isString(message.spanId)))
                        return "spanId: buffer expected";
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    if (!$util.isString(message.operationName))
                        return "operationName: string expected";
                if (message.references != null && Object.hasOwnProperty.call(message, "references")) {
                    if (!Array.isArray(message.references))
                        return "references: array expected";
                    for (let i = 0; i < message.references.length; ++i) {
                        let error = $root.jaeger.api_v2.SpanRef.verify(message.references[i], long + 1);
                        if (error)
                            return "references." + error;
                    }
                }
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    if (!$util.isInteger(message.flags))
                        return "flags: integer expected";
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTime, long + 1);
                    if (error)
                        return "startTime." + error;
                }
                if (message.duration != null && Object.hasOwnProperty.call(message, "duration")) {
                    let error = $root.google.protobuf.Duration.verify(message.duration, long + 1);
                    if (error)
                        return "duration." + error;
                }
                if (message.tags != null && Object.hasOwnProperty.call(message, "tags")) {
                    if (!Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i) {
                        let error = $root.jaeger.api_v2.KeyValue.verify(message.tags[i], long + 1);
                        if (error)
                            return "tags." + error;
                    }
                }
                if (message.logs != null && Object.hasOwnProperty.call(message, "logs")) {
                    if (!Array.isArray(message.logs))
                        return "logs: array expected";
                    for (let i = 0; i < message.logs.length; ++i) {
                        let error = $root.jaeger.api_v2.Log.verify(message.logs[i], long + 1);
                        if (error)
                            return "logs." + error;
                    }
                }
                if (message.process != null && Object.hasOwnProperty.call(message, "process")) {
                    let error = $root.jaeger.api_v2.Process.verify(message.process, long + 1);
                    if (error)
                        return "process." + error;
                }
                if (message.processId != null && Object.hasOwnProperty.call(message, "processId"))
                    if (!$util.isString(message.processId))
                        return "processId: string expected";
                if (message.warnings != null && Object.hasOwnProperty.call(message, "warnings")) {
                    if (!Array.isArray(message.warnings))
                        return "warnings: array expected";
                    for (let i = 0; i < message.warnings.length; ++i)
                        if (!$util.isString(message.warnings[i]))
                            return "warnings: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Span message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.Span} Span
             */
            Span.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.Span)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.Span: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.Span();
                if (object.traceId != null)
                    if (typeof object.traceId === "string")
                        $util.base64.decode(object.traceId, message.traceId = $util.newBuffer($util.base64.length(object.traceId)), 0);
                    else if (object.traceId.length >= 0)
                        message.traceId = object.traceId;
                if (object.spanId != null)
                    if (typeof object.spanId === "string")
                        $util.base64.decode(object.spanId, message.spanId = $util.newBuffer($util.base64.length(object.spanId)), 0);
                    else if (object.spanId.length >= 0)
                        message.spanId = object.spanId;
                if (object.operationName != null)
                    message.operationName = String(object.operationName);
                if (object.references) {
                    if (!Array.isArray(object.references))
                        throw TypeError(".jaeger.api_v2.Span.references: array expected");
                    message.references = [];
                    for (let i = 0; i < object.references.length; ++i) {
                        if (!$util.isObject(object.references[i]))
                            throw TypeError(".jaeger.api_v2.Span.references: object expected");
                        message.references[i] = $root.jaeger.api_v2.SpanRef.fromObject(object.references[i], long + 1);
                    }
                }
                if (object.flags != null)
                    message.flags = object.flags >>> 0;
                if (object.startTime != null) {
                    if (!$util.isObject(object.startTime))
                        throw TypeError(".jaeger.api_v2.Span.startTime: object expected");
                    message.startTime = $root.google.protobuf.Timestamp.fromObject(object.startTime, long + 1);
                }
                if (object.duration != null) {
                    if (!$util.isObject(object.duration))
                        throw TypeError(".jaeger.api_v2.Span.duration: object expected");
                    message.duration = $root.google.protobuf.Duration.fromObject(object.duration, long + 1);
                }
                if (object.tags) {
                    if (!Array.isArray(object.tags))
                        throw TypeError(".jaeger.api_v2.Span.tags: array expected");
                    message.tags = [];
                    for (let i = 0; i < object.tags.length; ++i) {
                        if (!$util.isObject(object.tags[i]))
                            throw TypeError(".jaeger.api_v2.Span.tags: object expected");
                        message.tags[i] = $root.jaeger.api_v2.KeyValue.fromObject(object.tags[i], long + 1);
                    }
                }
                if (object.logs) {
                    if (!Array.isArray(object.logs))
                        throw TypeError(".jaeger.api_v2.Span.logs: array expected");
                    message.logs = [];
                    for (let i = 0; i < object.logs.length; ++i) {
                        if (!$util.isObject(object.logs[i]))
                            throw TypeError(".jaeger.api_v2.Span.logs: object expected");
                        message.logs[i] = $root.jaeger.api_v2.Log.fromObject(object.logs[i], long + 1);
                    }
                }
                if (object.process != null) {
                    if (!$util.isObject(object.process))
                        throw TypeError(".jaeger.api_v2.Span.process: object expected");
                    message.process = $root.jaeger.api_v2.Process.fromObject(object.process, long + 1);
                }
                if (object.processId != null)
                    message.processId = String(object.processId);
                if (object.warnings) {
                    if (!Array.isArray(object.warnings))
                        throw TypeError(".jaeger.api_v2.Span.warnings: array expected");
                    message.warnings = [];
                    for (let i = 0; i < object.warnings.length; ++i)
                        message.warnings[i] = String(object.warnings[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Span message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {jaeger.api_v2.Span} message Span
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Span.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.references = [];
                    object.tags = [];
                    object.logs = [];
                    object.warnings = [];
                }
                if (options.defaults) {
                    if (options.bytes === String)
                        object.traceId = "";
                    else {
                        object.traceId = [];
                        if (options.bytes !== Array)
                            object.traceId = $util.newBuffer(object.traceId);
                    }
                    if (options.bytes === String)
                        object.spanId = "";
                    else {
                        object.spanId = [];
                        if (options.bytes !== Array)
                            object.spanId = $util.newBuffer(object.spanId);
                    }
                    object.operationName = "";
                    object.flags = 0;
                    object.startTime = null;
                    object.duration = null;
                    object.process = null;
                    object.processId = "";
                }
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    object.traceId = options.bytes === String ? $util.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === Array ? Array.prototype.slice.call(message.traceId) : message.traceId;
                if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                    object.spanId = options.bytes === String ? $util.base64.encode(message.spanId, 0, message.spanId.length) : options.bytes === Array ? Array.prototype.slice.call(message.spanId) : message.spanId;
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    object.operationName = message.operationName;
                if (message.references && message.references.length) {
                    object.references = [];
                    for (let j = 0; j < message.references.length; ++j)
                        object.references[j] = $root.jaeger.api_v2.SpanRef.toObject(message.references[j], options, q + 1);
                }
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    object.flags = message.flags;
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    object.startTime = $root.google.protobuf.Timestamp.toObject(message.startTime, options, q + 1);
                if (message.duration != null && Object.hasOwnProperty.call(message, "duration"))
                    object.duration = $root.google.protobuf.Duration.toObject(message.duration, options, q + 1);
                if (message.tags && message.tags.length) {
                    object.tags = [];
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = $root.jaeger.api_v2.KeyValue.toObject(message.tags[j], options, q + 1);
                }
                if (message.logs && message.logs.length) {
                    object.logs = [];
                    for (let j = 0; j < message.logs.length; ++j)
                        object.logs[j] = $root.jaeger.api_v2.Log.toObject(message.logs[j], options, q + 1);
                }
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    object.process = $root.jaeger.api_v2.Process.toObject(message.process, options, q + 1);
                if (message.processId != null && Object.hasOwnProperty.call(message, "processId"))
                    object.processId = message.processId;
                if (message.warnings && message.warnings.length) {
                    object.warnings = [];
                    for (let j = 0; j < message.warnings.length; ++j)
                        object.warnings[j] = message.warnings[j];
                }
                return object;
            };

            /**
             * Converts this Span to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.Span
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Span.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Span
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Span.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Span";
            };

            return Span;
        })();

        api_v2.Trace = (function() {

            /**
             * Properties of a Trace.
             * @memberof jaeger.api_v2
             * @interface ITrace
             * @property {Array.<jaeger.api_v2.ISpan>|null} [spans] Trace spans
             * @property {Array.<jaeger.api_v2.Trace.IProcessMapping>|null} [processMap] Trace processMap
             * @property {Array.<string>|null} [warnings] Trace warnings
             */

            /**
             * Constructs a new Trace.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Trace.
             * @implements ITrace
             * @constructor
             * @param {jaeger.api_v2.ITrace=} [properties] Properties to set
             */
            function Trace(properties) {
                this.spans = [];
                this.processMap = [];
                this.warnings = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Trace spans.
             * @member {Array.<jaeger.api_v2.ISpan>} spans
             * @memberof jaeger.api_v2.Trace
             * @instance
             */
            Trace.prototype.spans = $util.emptyArray;

            /**
             * Trace processMap.
             * @member {Array.<jaeger.api_v2.Trace.IProcessMapping>} processMap
             * @memberof jaeger.api_v2.Trace
             * @instance
             */
            Trace.prototype.processMap = $util.emptyArray;

            /**
             * Trace warnings.
             * @member {Array.<string>} warnings
             * @memberof jaeger.api_v2.Trace
             * @instance
             */
            Trace.prototype.warnings = $util.emptyArray;

            /**
             * Creates a new Trace instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {jaeger.api_v2.ITrace=} [properties] Properties to set
             * @returns {jaeger.api_v2.Trace} Trace instance
             */
            Trace.create = function create(properties) {
                return new Trace(properties);
            };

            /**
             * Encodes the specified Trace message. Does not implicitly {@link jaeger.api_v2.Trace.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {jaeger.api_v2.ITrace} message Trace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Trace.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.spans != null && message.spans.length)
                    for (let i = 0; i < message.spans.length; ++i)
                        $root.jaeger.api_v2.Span.encode(message.spans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.processMap != null && message.processMap.length)
                    for (let i = 0; i < message.processMap.length; ++i)
                        $root.jaeger.api_v2.Trace.ProcessMapping.encode(message.processMap[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.warnings != null && message.warnings.length)
                    for (let i = 0; i < message.warnings.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.warnings[i]);
                return writer;
            };

            /**
             * Encodes the specified Trace message, length delimited. Does not implicitly {@link jaeger.api_v2.Trace.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {jaeger.api_v2.ITrace} message Trace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Trace.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Trace message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Trace} Trace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Trace.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.Trace();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.spans && message.spans.length))
                                message.spans = [];
                            message.spans.push($root.jaeger.api_v2.Span.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            if (!(message.processMap && message.processMap.length))
                                message.processMap = [];
                            message.processMap.push($root.jaeger.api_v2.Trace.ProcessMapping.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Trace message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.Trace} Trace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Trace.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Trace message.
             * @function verify
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Trace.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.spans != null && Object.hasOwnProperty.call(message, "spans")) {
                    if (!Array.isArray(message.spans))
                        return "spans: array expected";
                    for (let i = 0; i < message.spans.length; ++i) {
                        let error = $root.jaeger.api_v2.Span.verify(message.spans[i], long + 1);
                        if (error)
                            return "spans." + error;
                    }
                }
                if (message.processMap != null && Object.hasOwnProperty.call(message, "processMap")) {
                    if (!Array.isArray(message.processMap))
                        return "processMap: array expected";
                    for (let i = 0; i < message.processMap.length; ++i) {
                        let error = $root.jaeger.api_v2.Trace.ProcessMapping.verify(message.processMap[i], long + 1);
                        if (error)
                            return "processMap." + error;
                    }
                }
                if (message.warnings != null && Object.hasOwnProperty.call(message, "warnings")) {
                    if (!Array.isArray(message.warnings))
                        return "warnings: array expected";
                    for (let i = 0; i < message.warnings.length; ++i)
                        if (!$util.isString(message.warnings[i]))
                            return "warnings: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Trace message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.Trace} Trace
             */
            Trace.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.Trace)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.Trace: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.Trace();
                if (object.spans) {
                    if (!Array.isArray(object.spans))
                        throw TypeError(".jaeger.api_v2.Trace.spans: array expected");
                    message.spans = [];
                    for (let i = 0; i < object.spans.length; ++i) {
                        if (!$util.isObject(object.spans[i]))
                            throw TypeError(".jaeger.api_v2.Trace.spans: object expected");
                        message.spans[i] = $root.jaeger.api_v2.Span.fromObject(object.spans[i], long + 1);
                    }
                }
                if (object.processMap) {
                    if (!Array.isArray(object.processMap))
                        throw TypeError(".jaeger.api_v2.Trace.processMap: array expected");
                    message.processMap = [];
                    for (let i = 0; i < object.processMap.length; ++i) {
                        if (!$util.isObject(object.processMap[i]))
                            throw TypeError(".jaeger.api_v2.Trace.processMap: object expected");
                        message.processMap[i] = $root.jaeger.api_v2.Trace.ProcessMapping.fromObject(object.processMap[i], long + 1);
                    }
                }
                if (object.warnings) {
                    if (!Array.isArray(object.warnings))
                        throw TypeError(".jaeger.api_v2.Trace.warnings: array expected");
                    message.warnings = [];
                    for (let i = 0; i < object.warnings.length; ++i)
                        message.warnings[i] = String(object.warnings[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Trace message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {jaeger.api_v2.Trace} message Trace
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Trace.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.spans = [];
                    object.processMap = [];
                    object.warnings = [];
                }
                if (message.spans && message.spans.length) {
                    object.spans = [];
                    for (let j = 0; j < message.spans.length; ++j)
                        object.spans[j] = $root.jaeger.api_v2.Span.toObject(message.spans[j], options, q + 1);
                }
                if (message.processMap && message.processMap.length) {
                    object.processMap = [];
                    for (let j = 0; j < message.processMap.length; ++j)
                        object.processMap[j] = $root.jaeger.api_v2.Trace.ProcessMapping.toObject(message.processMap[j], options, q + 1);
                }
                if (message.warnings && message.warnings.length) {
                    object.warnings = [];
                    for (let j = 0; j < message.warnings.length; ++j)
                        object.warnings[j] = message.warnings[j];
                }
                return object;
            };

            /**
             * Converts this Trace to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.Trace
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Trace.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Trace
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Trace
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Trace.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Trace";
            };

            Trace.ProcessMapping = (function() {

                /**
                 * Properties of a ProcessMapping.
                 * @memberof jaeger.api_v2.Trace
                 * @interface IProcessMapping
                 * @property {string|null} [processId] ProcessMapping processId
                 * @property {jaeger.api_v2.IProcess|null} [process] ProcessMapping process
                 */

                /**
                 * Constructs a new ProcessMapping.
                 * @memberof jaeger.api_v2.Trace
                 * @classdesc Represents a ProcessMapping.
                 * @implements IProcessMapping
                 * @constructor
                 * @param {jaeger.api_v2.Trace.IProcessMapping=} [properties] Properties to set
                 */
                function ProcessMapping(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ProcessMapping processId.
                 * @member {string} processId
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @instance
                 */
                ProcessMapping.prototype.processId = "";

                /**
                 * ProcessMapping process.
                 * @member {jaeger.api_v2.IProcess|null|undefined} process
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @instance
                 */
                ProcessMapping.prototype.process = null;

                /**
                 * Creates a new ProcessMapping instance using the specified properties.
                 * @function create
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {jaeger.api_v2.Trace.IProcessMapping=} [properties] Properties to set
                 * @returns {jaeger.api_v2.Trace.ProcessMapping} ProcessMapping instance
                 */
                ProcessMapping.create = function create(properties) {
                    return new ProcessMapping(properties);
                };

                /**
                 * Encodes the specified ProcessMapping message. Does not implicitly {@link jaeger.api_v2.Trace.ProcessMapping.verify|verify} messages.
                 * @function encode
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {jaeger.api_v2.Trace.IProcessMapping} message ProcessMapping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessMapping.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.processId != null && Object.hasOwnProperty.call(message, "processId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.processId);
                    if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                        $root.jaeger.api_v2.Process.encode(message.process, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Encodes the specified ProcessMapping message, length delimited. Does not implicitly {@link jaeger.api_v2.Trace.ProcessMapping.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {jaeger.api_v2.Trace.IProcessMapping} message ProcessMapping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessMapping.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a ProcessMapping message from the specified reader or buffer.
                 * @function decode
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {jaeger.api_v2.Trace.ProcessMapping} ProcessMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessMapping.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.jaeger.api_v2.Trace.ProcessMapping();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.processId = reader.string();
                                break;
                            }
                        case 2: {
                                message.process = $root.jaeger.api_v2.Process.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a ProcessMapping message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {jaeger.api_v2.Trace.ProcessMapping} ProcessMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessMapping.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a ProcessMapping message.
                 * @function verify
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProcessMapping.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.processId != null && Object.hasOwnProperty.call(message, "processId"))
                        if (!$util.isString(message.processId))
                            return "processId: string expected";
                    if (message.process != null && Object.hasOwnProperty.call(message, "process")) {
                        let error = $root.jaeger.api_v2.Process.verify(message.process, long + 1);
                        if (error)
                            return "process." + error;
                    }
                    return null;
                };

                /**
                 * Creates a ProcessMapping message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {jaeger.api_v2.Trace.ProcessMapping} ProcessMapping
                 */
                ProcessMapping.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.jaeger.api_v2.Trace.ProcessMapping)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".jaeger.api_v2.Trace.ProcessMapping: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.jaeger.api_v2.Trace.ProcessMapping();
                    if (object.processId != null)
                        message.processId = String(object.processId);
                    if (object.process != null) {
                        if (!$util.isObject(object.process))
                            throw TypeError(".jaeger.api_v2.Trace.ProcessMapping.process: object expected");
                        message.process = $root.jaeger.api_v2.Process.fromObject(object.process, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ProcessMapping message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {jaeger.api_v2.Trace.ProcessMapping} message ProcessMapping
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProcessMapping.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.processId = "";
                        object.process = null;
                    }
                    if (message.processId != null && Object.hasOwnProperty.call(message, "processId"))
                        object.processId = message.processId;
                    if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                        object.process = $root.jaeger.api_v2.Process.toObject(message.process, options, q + 1);
                    return object;
                };

                /**
                 * Converts this ProcessMapping to JSON.
                 * @function toJSON
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProcessMapping.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ProcessMapping
                 * @function getTypeUrl
                 * @memberof jaeger.api_v2.Trace.ProcessMapping
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ProcessMapping.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/jaeger.api_v2.Trace.ProcessMapping";
                };

                return ProcessMapping;
            })();

            return Trace;
        })();

        api_v2.Batch = (function() {

            /**
             * Properties of a Batch.
             * @memberof jaeger.api_v2
             * @interface IBatch
             * @property {Array.<jaeger.api_v2.ISpan>|null} [spans] Batch spans
             * @property {jaeger.api_v2.IProcess|null} [process] Batch process
             */

            /**
             * Constructs a new Batch.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Batch.
             * @implements IBatch
             * @constructor
             * @param {jaeger.api_v2.IBatch=} [properties] Properties to set
             */
            function Batch(properties) {
                this.spans = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Batch spans.
             * @member {Array.<jaeger.api_v2.ISpan>} spans
             * @memberof jaeger.api_v2.Batch
             * @instance
             */
            Batch.prototype.spans = $util.emptyArray;

            /**
             * Batch process.
             * @member {jaeger.api_v2.IProcess|null|undefined} process
             * @memberof jaeger.api_v2.Batch
             * @instance
             */
            Batch.prototype.process = null;

            /**
             * Creates a new Batch instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {jaeger.api_v2.IBatch=} [properties] Properties to set
             * @returns {jaeger.api_v2.Batch} Batch instance
             */
            Batch.create = function create(properties) {
                return new Batch(properties);
            };

            /**
             * Encodes the specified Batch message. Does not implicitly {@link jaeger.api_v2.Batch.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {jaeger.api_v2.IBatch} message Batch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Batch.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.spans != null && message.spans.length)
                    for (let i = 0; i < message.spans.length; ++i)
                        $root.jaeger.api_v2.Span.encode(message.spans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    $root.jaeger.api_v2.Process.encode(message.process, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Batch message, length delimited. Does not implicitly {@link jaeger.api_v2.Batch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {jaeger.api_v2.IBatch} message Batch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Batch.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Batch} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Batch.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.Batch();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.spans && message.spans.length))
                                message.spans = [];
                            message.spans.push($root.jaeger.api_v2.Span.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.process = $root.jaeger.api_v2.Process.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Batch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.Batch} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Batch.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Batch message.
             * @function verify
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Batch.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.spans != null && Object.hasOwnProperty.call(message, "spans")) {
                    if (!Array.isArray(message.spans))
                        return "spans: array expected";
                    for (let i = 0; i < message.spans.length; ++i) {
                        let error = $root.jaeger.api_v2.Span.verify(message.spans[i], long + 1);
                        if (error)
                            return "spans." + error;
                    }
                }
                if (message.process != null && Object.hasOwnProperty.call(message, "process")) {
                    let error = $root.jaeger.api_v2.Process.verify(message.process, long + 1);
                    if (error)
                        return "process." + error;
                }
                return null;
            };

            /**
             * Creates a Batch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.Batch} Batch
             */
            Batch.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.Batch)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.Batch: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.Batch();
                if (object.spans) {
                    if (!Array.isArray(object.spans))
                        throw TypeError(".jaeger.api_v2.Batch.spans: array expected");
                    message.spans = [];
                    for (let i = 0; i < object.spans.length; ++i) {
                        if (!$util.isObject(object.spans[i]))
                            throw TypeError(".jaeger.api_v2.Batch.spans: object expected");
                        message.spans[i] = $root.jaeger.api_v2.Span.fromObject(object.spans[i], long + 1);
                    }
                }
                if (object.process != null) {
                    if (!$util.isObject(object.process))
                        throw TypeError(".jaeger.api_v2.Batch.process: object expected");
                    message.process = $root.jaeger.api_v2.Process.fromObject(object.process, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Batch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {jaeger.api_v2.Batch} message Batch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Batch.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.spans = [];
                if (options.defaults)
                    object.process = null;
                if (message.spans && message.spans.length) {
                    object.spans = [];
                    for (let j = 0; j < message.spans.length; ++j)
                        object.spans[j] = $root.jaeger.api_v2.Span.toObject(message.spans[j], options, q + 1);
                }
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    object.process = $root.jaeger.api_v2.Process.toObject(message.process, options, q + 1);
                return object;
            };

            /**
             * Converts this Batch to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.Batch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Batch.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Batch
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Batch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Batch";
            };

            return Batch;
        })();

        api_v2.DependencyLink = (function() {

            /**
             * Properties of a DependencyLink.
             * @memberof jaeger.api_v2
             * @interface IDependencyLink
             * @property {string|null} [parent] DependencyLink parent
             * @property {string|null} [child] DependencyLink child
             * @property {Long|null} [callCount] DependencyLink callCount
             * @property {string|null} [source] DependencyLink source
             */

            /**
             * Constructs a new DependencyLink.
             * @memberof jaeger.api_v2
             * @classdesc Represents a DependencyLink.
             * @implements IDependencyLink
             * @constructor
             * @param {jaeger.api_v2.IDependencyLink=} [properties] Properties to set
             */
            function DependencyLink(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DependencyLink parent.
             * @member {string} parent
             * @memberof jaeger.api_v2.DependencyLink
             * @instance
             */
            DependencyLink.prototype.parent = "";

            /**
             * DependencyLink child.
             * @member {string} child
             * @memberof jaeger.api_v2.DependencyLink
             * @instance
             */
            DependencyLink.prototype.child = "";

            /**
             * DependencyLink callCount.
             * @member {Long} callCount
             * @memberof jaeger.api_v2.DependencyLink
             * @instance
             */
            DependencyLink.prototype.callCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DependencyLink source.
             * @member {string} source
             * @memberof jaeger.api_v2.DependencyLink
             * @instance
             */
            DependencyLink.prototype.source = "";

            /**
             * Creates a new DependencyLink instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {jaeger.api_v2.IDependencyLink=} [properties] Properties to set
             * @returns {jaeger.api_v2.DependencyLink} DependencyLink instance
             */
            DependencyLink.create = function create(properties) {
                return new DependencyLink(properties);
            };

            /**
             * Encodes the specified DependencyLink message. Does not implicitly {@link jaeger.api_v2.DependencyLink.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {jaeger.api_v2.IDependencyLink} message DependencyLink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DependencyLink.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parent);
                if (message.child != null && Object.hasOwnProperty.call(message, "child"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.child);
                if (message.callCount != null && Object.hasOwnProperty.call(message, "callCount"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.callCount);
                if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
                return writer;
            };

            /**
             * Encodes the specified DependencyLink message, length delimited. Does not implicitly {@link jaeger.api_v2.DependencyLink.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {jaeger.api_v2.IDependencyLink} message DependencyLink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DependencyLink.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a DependencyLink message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.DependencyLink} DependencyLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DependencyLink.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.DependencyLink();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.parent = reader.string();
                            break;
                        }
                    case 2: {
                            message.child = reader.string();
                            break;
                        }
                    case 3: {
                            message.callCount = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.source = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a DependencyLink message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.DependencyLink} DependencyLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DependencyLink.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a DependencyLink message.
             * @function verify
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DependencyLink.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                    if (!$util.isString(message.parent))
                        return "parent: string expected";
                if (message.child != null && Object.hasOwnProperty.call(message, "child"))
                    if (!$util.isString(message.child))
                        return "child: string expected";
                if (message.callCount != null && Object.hasOwnProperty.call(message, "callCount"))
                    if (!$util.isInteger(message.callCount) && !(message.callCount && $util.isInteger(message.callCount.low) && $util.isInteger(message.callCount.high)))
                        return "callCount: integer|Long expected";
                if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                return null;
            };

            /**
             * Creates a DependencyLink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.DependencyLink} DependencyLink
             */
            DependencyLink.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.DependencyLink)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.DependencyLink: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.DependencyLink();
                if (object.parent != null)
                    message.parent = String(object.parent);
                if (object.child != null)
                    message.child = String(object.child);
                if (object.callCount != null)
                    if ($util.Long)
                        message.callCount = $util.Long.fromValue(object.callCount, true);
                    else if (typeof object.callCount === "string")
                        message.callCount = parseInt(object.callCount, 10);
                    else if (typeof object.callCount === "number")
                        message.callCount = object.callCount;
                    else if (typeof object.callCount === "object")
                        message.callCount = new $util.LongBits(object.callCount.low >>> 0, object.callCount.high >>> 0).toNumber(true);
                if (object.source != null)
                    message.source = String(object.source);
                return message;
            };

            /**
             * Creates a plain object from a DependencyLink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {jaeger.api_v2.DependencyLink} message DependencyLink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DependencyLink.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parent = "";
                    object.child = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.callCount = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.callCount = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.source = "";
                }
                if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                    object.parent = message.parent;
                if (message.child != null && Object.hasOwnProperty.call(message, "child"))
                    object.child = message.child;
                if (message.callCount != null && Object.hasOwnProperty.call(message, "callCount"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.callCount = typeof message.callCount === "number" ? BigInt(message.callCount) : $util.Long.fromBits(message.callCount.low >>> 0, message.callCount.high >>> 0, true).toBigInt();
                    else if (typeof message.callCount === "number")
                        object.callCount = options.longs === String ? String(message.callCount) : message.callCount;
                    else
                        object.callCount = options.longs === String ? $util.Long.prototype.toString.call(message.callCount) : options.longs === Number ? new $util.LongBits(message.callCount.low >>> 0, message.callCount.high >>> 0).toNumber(true) : message.callCount;
                if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                return object;
            };

            /**
             * Converts this DependencyLink to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.DependencyLink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DependencyLink.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for DependencyLink
             * @function getTypeUrl
             * @memberof jaeger.api_v2.DependencyLink
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DependencyLink.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.DependencyLink";
            };

            return DependencyLink;
        })();

        api_v2.PostSpansRequest = (function() {

            /**
             * Properties of a PostSpansRequest.
             * @memberof jaeger.api_v2
             * @interface IPostSpansRequest
             * @property {jaeger.api_v2.IBatch|null} [batch] PostSpansRequest batch
             */

            /**
             * Constructs a new PostSpansRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents a PostSpansRequest.
             * @implements IPostSpansRequest
             * @constructor
             * @param {jaeger.api_v2.IPostSpansRequest=} [properties] Properties to set
             */
            function PostSpansRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PostSpansRequest batch.
             * @member {jaeger.api_v2.IBatch|null|undefined} batch
             * @memberof jaeger.api_v2.PostSpansRequest
             * @instance
             */
            PostSpansRequest.prototype.batch = null;

            /**
             * Creates a new PostSpansRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {jaeger.api_v2.IPostSpansRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.PostSpansRequest} PostSpansRequest instance
             */
            PostSpansRequest.create = function create(properties) {
                return new PostSpansRequest(properties);
            };

            /**
             * Encodes the specified PostSpansRequest message. Does not implicitly {@link jaeger.api_v2.PostSpansRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {jaeger.api_v2.IPostSpansRequest} message PostSpansRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostSpansRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.batch != null && Object.hasOwnProperty.call(message, "batch"))
                    $root.jaeger.api_v2.Batch.encode(message.batch, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified PostSpansRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.PostSpansRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {jaeger.api_v2.IPostSpansRequest} message PostSpansRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostSpansRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a PostSpansRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.PostSpansRequest} PostSpansRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostSpansRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.PostSpansRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.batch = $root.jaeger.api_v2.Batch.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a PostSpansRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.PostSpansRequest} PostSpansRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostSpansRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a PostSpansRequest message.
             * @function verify
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PostSpansRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.batch != null && Object.hasOwnProperty.call(message, "batch")) {
                    let error = $root.jaeger.api_v2.Batch.verify(message.batch, long + 1);
                    if (error)
                        return "batch." + error;
                }
                return null;
            };

            /**
             * Creates a PostSpansRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.PostSpansRequest} PostSpansRequest
             */
            PostSpansRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.PostSpansRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.PostSpansRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.PostSpansRequest();
                if (object.batch != null) {
                    if (!$util.isObject(object.batch))
                        throw TypeError(".jaeger.api_v2.PostSpansRequest.batch: object expected");
                    message.batch = $root.jaeger.api_v2.Batch.fromObject(object.batch, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PostSpansRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {jaeger.api_v2.PostSpansRequest} message PostSpansRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PostSpansRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.batch = null;
                if (message.batch != null && Object.hasOwnProperty.call(message, "batch"))
                    object.batch = $root.jaeger.api_v2.Batch.toObject(message.batch, options, q + 1);
                return object;
            };

            /**
             * Converts this PostSpansRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.PostSpansRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PostSpansRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PostSpansRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PostSpansRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.PostSpansRequest";
            };

            return PostSpansRequest;
        })();

        api_v2.PostSpansResponse = (function() {

            /**
             * Properties of a PostSpansResponse.
             * @memberof jaeger.api_v2
             * @interface IPostSpansResponse
             */

            /**
             * Constructs a new PostSpansResponse.
             * @memberof jaeger.api_v2
             * @classdesc Represents a PostSpansResponse.
             * @implements IPostSpansResponse
             * @constructor
             * @param {jaeger.api_v2.IPostSpansResponse=} [properties] Properties to set
             */
            function PostSpansResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new PostSpansResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {jaeger.api_v2.IPostSpansResponse=} [properties] Properties to set
             * @returns {jaeger.api_v2.PostSpansResponse} PostSpansResponse instance
             */
            PostSpansResponse.create = function create(properties) {
                return new PostSpansResponse(properties);
            };

            /**
             * Encodes the specified PostSpansResponse message. Does not implicitly {@link jaeger.api_v2.PostSpansResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {jaeger.api_v2.IPostSpansResponse} message PostSpansResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostSpansResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Encodes the specified PostSpansResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.PostSpansResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {jaeger.api_v2.IPostSpansResponse} message PostSpansResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostSpansResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a PostSpansResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.PostSpansResponse} PostSpansResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostSpansResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.PostSpansResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a PostSpansResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.PostSpansResponse} PostSpansResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostSpansResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a PostSpansResponse message.
             * @function verify
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PostSpansResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a PostSpansResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.PostSpansResponse} PostSpansResponse
             */
            PostSpansResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.PostSpansResponse)
                    return object;
                return new $root.jaeger.api_v2.PostSpansResponse();
            };

            /**
             * Creates a plain object from a PostSpansResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {jaeger.api_v2.PostSpansResponse} message PostSpansResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PostSpansResponse.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this PostSpansResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.PostSpansResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PostSpansResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PostSpansResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PostSpansResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.PostSpansResponse";
            };

            return PostSpansResponse;
        })();

        api_v2.CollectorService = (function() {

            /**
             * Constructs a new CollectorService service.
             * @memberof jaeger.api_v2
             * @classdesc Represents a CollectorService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function CollectorService(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (CollectorService.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = CollectorService;

            /**
             * Creates new CollectorService service using the specified rpc implementation.
             * @function create
             * @memberof jaeger.api_v2.CollectorService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {CollectorService} RPC service. Useful where requests and/or responses are streamed.
             */
            CollectorService.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link jaeger.api_v2.CollectorService#postSpans}.
             * @memberof jaeger.api_v2.CollectorService
             * @typedef PostSpansCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.PostSpansResponse} [response] PostSpansResponse
             */

            /**
             * Calls PostSpans.
             * @function postSpans
             * @memberof jaeger.api_v2.CollectorService
             * @instance
             * @param {jaeger.api_v2.IPostSpansRequest} request PostSpansRequest message or plain object
             * @param {jaeger.api_v2.CollectorService.PostSpansCallback} callback Node-style callback called with the error, if any, and PostSpansResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(CollectorService.prototype.postSpans = function postSpans(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, postSpans, $root.jaeger.api_v2.PostSpansRequest, $root.jaeger.api_v2.PostSpansResponse, request, callback);
            }, "name", { value: "PostSpans" });

            /**
             * Calls PostSpans.
             * @function postSpans
             * @memberof jaeger.api_v2.CollectorService
             * @instance
             * @param {jaeger.api_v2.IPostSpansRequest} request PostSpansRequest message or plain object
             * @returns {Promise<jaeger.api_v2.PostSpansResponse>} Promise
             * @variation 2
             */

            return CollectorService;
        })();

        api_v2.GetTraceRequest = (function() {

            /**
             * Properties of a GetTraceRequest.
             * @memberof jaeger.api_v2
             * @interface IGetTraceRequest
             * @property {Uint8Array|null} [traceId] GetTraceRequest traceId
             * @property {google.protobuf.ITimestamp|null} [startTime] GetTraceRequest startTime
             * @property {google.protobuf.ITimestamp|null} [endTime] GetTraceRequest endTime
             * @property {boolean|null} [rawTraces] GetTraceRequest rawTraces
             */

            /**
             * Constructs a new GetTraceRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents a GetTraceRequest.
             * @implements IGetTraceRequest
             * @constructor
             * @param {jaeger.api_v2.IGetTraceRequest=} [properties] Properties to set
             */
            function GetTraceRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetTraceRequest traceId.
             * @member {Uint8Array} traceId
             * @memberof jaeger.api_v2.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.traceId = $util.newBuffer([]);

            /**
             * GetTraceRequest startTime.
             * @member {google.protobuf.ITimestamp|null|undefined} startTime
             * @memberof jaeger.api_v2.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.startTime = null;

            /**
             * GetTraceRequest endTime.
             * @member {google.protobuf.ITimestamp|null|undefined} endTime
             * @memberof jaeger.api_v2.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.endTime = null;

            /**
             * GetTraceRequest rawTraces.
             * @member {boolean} rawTraces
             * @memberof jaeger.api_v2.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.rawTraces = false;

            /**
             * Creates a new GetTraceRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {jaeger.api_v2.IGetTraceRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.GetTraceRequest} GetTraceRequest instance
             */
            GetTraceRequest.create = function create(properties) {
                return new GetTraceRequest(properties);
            };

            /**
             * Encodes the specified GetTraceRequest message. Does not implicitly {@link jaeger.api_v2.GetTraceRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {jaeger.api_v2.IGetTraceRequest} message GetTraceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetTraceRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    $root.google.protobuf.Timestamp.encode(message.endTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.rawTraces);
                return writer;
            };

            /**
             * Encodes the specified GetTraceRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetTraceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {jaeger.api_v2.IGetTraceRequest} message GetTraceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetTraceRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.GetTraceRequest} GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetTraceRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.GetTraceRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.traceId = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.endTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.rawTraces = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.GetTraceRequest} GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetTraceRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetTraceRequest message.
             * @function verify
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetTraceRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    if (!(message.traceId && typeof message.traceId.length === "number" || $util.isString(message.traceId)))
                        return "traceId: buffer expected";
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTime, long + 1);
                    if (error)
                        return "startTime." + error;
                }
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.endTime, long + 1);
                    if (error)
                        return "endTime." + error;
                }
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    if (typeof message.rawTraces !== "boolean")
                        return "rawTraces: boolean expected";
                return null;
            };

            /**
             * Creates a GetTraceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.GetTraceRequest} GetTraceRequest
             */
            GetTraceRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.GetTraceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.GetTraceRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.GetTraceRequest();
                if (object.traceId != null)
                    if (typeof object.traceId === "string")
                        $util.base64.decode(object.traceId, message.traceId = $util.newBuffer($util.base64.length(object.traceId)), 0);
                    else if (object.traceId.length >= 0)
                        message.traceId = object.traceId;
                if (object.startTime != null) {
                    if (!$util.isObject(object.startTime))
                        throw TypeError(".jaeger.api_v2.GetTraceRequest.startTime: object expected");
                    message.startTime = $root.google.protobuf.Timestamp.fromObject(object.startTime, long + 1);
                }
                if (object.endTime != null) {
                    if (!$util.isObject(object.endTime))
                        throw TypeError(".jaeger.api_v2.GetTraceRequest.endTime: object expected");
                    message.endTime = $root.google.protobuf.Timestamp.fromObject(object.endTime, long + 1);
                }
                if (object.rawTraces != null)
                    message.rawTraces = Boolean(object.rawTraces);
                return message;
            };

            /**
             * Creates a plain object from a GetTraceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {jaeger.api_v2.GetTraceRequest} message GetTraceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetTraceRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === String)
                        object.traceId = "";
                    else {
                        object.traceId = [];
                        if (options.bytes !== Array)
                            object.traceId = $util.newBuffer(object.traceId);
                    }
                    object.startTime = null;
                    object.endTime = null;
                    object.rawTraces = false;
                }
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    object.traceId = options.bytes === String ? $util.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === Array ? Array.prototype.slice.call(message.traceId) : message.traceId;
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    object.startTime = $root.google.protobuf.Timestamp.toObject(message.startTime, options, q + 1);
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    object.endTime = $root.google.protobuf.Timestamp.toObject(message.endTime, options, q + 1);
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    object.rawTraces = message.rawTraces;
                return object;
            };

            /**
             * Converts this GetTraceRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.GetTraceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetTraceRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetTraceRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.GetTraceRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetTraceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.GetTraceRequest";
            };

            return GetTraceRequest;
        })();

        api_v2.SpansResponseChunk = (function() {

            /**
             * Properties of a SpansResponseChunk.
             * @memberof jaeger.api_v2
             * @interface ISpansResponseChunk
             * @property {Array.<jaeger.api_v2.ISpan>|null} [spans] SpansResponseChunk spans
             */

            /**
             * Constructs a new SpansResponseChunk.
             * @memberof jaeger.api_v2
             * @classdesc Represents a SpansResponseChunk.
             * @implements ISpansResponseChunk
             * @constructor
             * @param {jaeger.api_v2.ISpansResponseChunk=} [properties] Properties to set
             */
            function SpansResponseChunk(properties) {
                this.spans = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SpansResponseChunk spans.
             * @member {Array.<jaeger.api_v2.ISpan>} spans
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @instance
             */
            SpansResponseChunk.prototype.spans = $util.emptyArray;

            /**
             * Creates a new SpansResponseChunk instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {jaeger.api_v2.ISpansResponseChunk=} [properties] Properties to set
             * @returns {jaeger.api_v2.SpansResponseChunk} SpansResponseChunk instance
             */
            SpansResponseChunk.create = function create(properties) {
                return new SpansResponseChunk(properties);
            };

            /**
             * Encodes the specified SpansResponseChunk message. Does not implicitly {@link jaeger.api_v2.SpansResponseChunk.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {jaeger.api_v2.ISpansResponseChunk} message SpansResponseChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpansResponseChunk.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.spans != null && message.spans.length)
                    for (let i = 0; i < message.spans.length; ++i)
                        $root.jaeger.api_v2.Span.encode(message.spans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified SpansResponseChunk message, length delimited. Does not implicitly {@link jaeger.api_v2.SpansResponseChunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {jaeger.api_v2.ISpansResponseChunk} message SpansResponseChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpansResponseChunk.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SpansResponseChunk message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.SpansResponseChunk} SpansResponseChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpansResponseChunk.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.SpansResponseChunk();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.spans && message.spans.length))
                                message.spans = [];
                            message.spans.push($root.jaeger.api_v2.Span.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SpansResponseChunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.SpansResponseChunk} SpansResponseChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpansResponseChunk.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SpansResponseChunk message.
             * @function verify
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SpansResponseChunk.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.spans != null && Object.hasOwnProperty.call(message, "spans")) {
                    if (!Array.isArray(message.spans))
                        return "spans: array expected";
                    for (let i = 0; i < message.spans.length; ++i) {
                        let error = $root.jaeger.api_v2.Span.verify(message.spans[i], long + 1);
                        if (error)
                            return "spans." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SpansResponseChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.SpansResponseChunk} SpansResponseChunk
             */
            SpansResponseChunk.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.SpansResponseChunk)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.SpansResponseChunk: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.SpansResponseChunk();
                if (object.spans) {
                    if (!Array.isArray(object.spans))
                        throw TypeError(".jaeger.api_v2.SpansResponseChunk.spans: array expected");
                    message.spans = [];
                    for (let i = 0; i < object.spans.length; ++i) {
                        if (!$util.isObject(object.spans[i]))
                            throw TypeError(".jaeger.api_v2.SpansResponseChunk.spans: object expected");
                        message.spans[i] = $root.jaeger.api_v2.Span.fromObject(object.spans[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SpansResponseChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {jaeger.api_v2.SpansResponseChunk} message SpansResponseChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SpansResponseChunk.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.spans = [];
                if (message.spans && message.spans.length) {
                    object.spans = [];
                    for (let j = 0; j < message.spans.length; ++j)
                        object.spans[j] = $root.jaeger.api_v2.Span.toObject(message.spans[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this SpansResponseChunk to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SpansResponseChunk.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SpansResponseChunk
             * @function getTypeUrl
             * @memberof jaeger.api_v2.SpansResponseChunk
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SpansResponseChunk.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.SpansResponseChunk";
            };

            return SpansResponseChunk;
        })();

        api_v2.ArchiveTraceRequest = (function() {

            /**
             * Properties of an ArchiveTraceRequest.
             * @memberof jaeger.api_v2
             * @interface IArchiveTraceRequest
             * @property {Uint8Array|null} [traceId] ArchiveTraceRequest traceId
             * @property {google.protobuf.ITimestamp|null} [startTime] ArchiveTraceRequest startTime
             * @property {google.protobuf.ITimestamp|null} [endTime] ArchiveTraceRequest endTime
             */

            /**
             * Constructs a new ArchiveTraceRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents an ArchiveTraceRequest.
             * @implements IArchiveTraceRequest
             * @constructor
             * @param {jaeger.api_v2.IArchiveTraceRequest=} [properties] Properties to set
             */
            function ArchiveTraceRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ArchiveTraceRequest traceId.
             * @member {Uint8Array} traceId
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @instance
             */
            ArchiveTraceRequest.prototype.traceId = $util.newBuffer([]);

            /**
             * ArchiveTraceRequest startTime.
             * @member {google.protobuf.ITimestamp|null|undefined} startTime
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @instance
             */
            ArchiveTraceRequest.prototype.startTime = null;

            /**
             * ArchiveTraceRequest endTime.
             * @member {google.protobuf.ITimestamp|null|undefined} endTime
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @instance
             */
            ArchiveTraceRequest.prototype.endTime = null;

            /**
             * Creates a new ArchiveTraceRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {jaeger.api_v2.IArchiveTraceRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.ArchiveTraceRequest} ArchiveTraceRequest instance
             */
            ArchiveTraceRequest.create = function create(properties) {
                return new ArchiveTraceRequest(properties);
            };

            /**
             * Encodes the specified ArchiveTraceRequest message. Does not implicitly {@link jaeger.api_v2.ArchiveTraceRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {jaeger.api_v2.IArchiveTraceRequest} message ArchiveTraceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArchiveTraceRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    $root.google.protobuf.Timestamp.encode(message.endTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified ArchiveTraceRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.ArchiveTraceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {jaeger.api_v2.IArchiveTraceRequest} message ArchiveTraceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArchiveTraceRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an ArchiveTraceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.ArchiveTraceRequest} ArchiveTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArchiveTraceRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.ArchiveTraceRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.traceId = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.endTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an ArchiveTraceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.ArchiveTraceRequest} ArchiveTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArchiveTraceRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an ArchiveTraceRequest message.
             * @function verify
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArchiveTraceRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    if (!(message.traceId && typeof message.traceId.length === "number" || $util.isString(message.traceId)))
                        return "traceId: buffer expected";
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTime, long + 1);
                    if (error)
                        return "startTime." + error;
                }
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.endTime, long + 1);
                    if (error)
                        return "endTime." + error;
                }
                return null;
            };

            /**
             * Creates an ArchiveTraceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.ArchiveTraceRequest} ArchiveTraceRequest
             */
            ArchiveTraceRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.ArchiveTraceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.ArchiveTraceRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.ArchiveTraceRequest();
                if (object.traceId != null)
                    if (typeof object.traceId === "string")
                        $util.base64.decode(object.traceId, message.traceId = $util.newBuffer($util.base64.length(object.traceId)), 0);
                    else if (object.traceId.length >= 0)
                        message.traceId = object.traceId;
                if (object.startTime != null) {
                    if (!$util.isObject(object.startTime))
                        throw TypeError(".jaeger.api_v2.ArchiveTraceRequest.startTime: object expected");
                    message.startTime = $root.google.protobuf.Timestamp.fromObject(object.startTime, long + 1);
                }
                if (object.endTime != null) {
                    if (!$util.isObject(object.endTime))
                        throw TypeError(".jaeger.api_v2.ArchiveTraceRequest.endTime: object expected");
                    message.endTime = $root.google.protobuf.Timestamp.fromObject(object.endTime, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an ArchiveTraceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {jaeger.api_v2.ArchiveTraceRequest} message ArchiveTraceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArchiveTraceRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === String)
                        object.traceId = "";
                    else {
                        object.traceId = [];
                        if (options.bytes !== Array)
                            object.traceId = $util.newBuffer(object.traceId);
                    }
                    object.startTime = null;
                    object.endTime = null;
                }
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    object.traceId = options.bytes === String ? $util.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === Array ? Array.prototype.slice.call(message.traceId) : message.traceId;
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    object.startTime = $root.google.protobuf.Timestamp.toObject(message.startTime, options, q + 1);
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    object.endTime = $root.google.protobuf.Timestamp.toObject(message.endTime, options, q + 1);
                return object;
            };

            /**
             * Converts this ArchiveTraceRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArchiveTraceRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ArchiveTraceRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.ArchiveTraceRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ArchiveTraceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.ArchiveTraceRequest";
            };

            return ArchiveTraceRequest;
        })();

        api_v2.ArchiveTraceResponse = (function() {

            /**
             * Properties of an ArchiveTraceResponse.
             * @memberof jaeger.api_v2
             * @interface IArchiveTraceResponse
             */

            /**
             * Constructs a new ArchiveTraceResponse.
             * @memberof jaeger.api_v2
             * @classdesc Represents an ArchiveTraceResponse.
             * @implements IArchiveTraceResponse
             * @constructor
             * @param {jaeger.api_v2.IArchiveTraceResponse=} [properties] Properties to set
             */
            function ArchiveTraceResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new ArchiveTraceResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {jaeger.api_v2.IArchiveTraceResponse=} [properties] Properties to set
             * @returns {jaeger.api_v2.ArchiveTraceResponse} ArchiveTraceResponse instance
             */
            ArchiveTraceResponse.create = function create(properties) {
                return new ArchiveTraceResponse(properties);
            };

            /**
             * Encodes the specified ArchiveTraceResponse message. Does not implicitly {@link jaeger.api_v2.ArchiveTraceResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {jaeger.api_v2.IArchiveTraceResponse} message ArchiveTraceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArchiveTraceResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Encodes the specified ArchiveTraceResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.ArchiveTraceResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {jaeger.api_v2.IArchiveTraceResponse} message ArchiveTraceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArchiveTraceResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an ArchiveTraceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.ArchiveTraceResponse} ArchiveTraceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArchiveTraceResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.ArchiveTraceResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an ArchiveTraceResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.ArchiveTraceResponse} ArchiveTraceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArchiveTraceResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an ArchiveTraceResponse message.
             * @function verify
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArchiveTraceResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates an ArchiveTraceResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.ArchiveTraceResponse} ArchiveTraceResponse
             */
            ArchiveTraceResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.ArchiveTraceResponse)
                    return object;
                return new $root.jaeger.api_v2.ArchiveTraceResponse();
            };

            /**
             * Creates a plain object from an ArchiveTraceResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {jaeger.api_v2.ArchiveTraceResponse} message ArchiveTraceResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArchiveTraceResponse.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this ArchiveTraceResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArchiveTraceResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ArchiveTraceResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v2.ArchiveTraceResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ArchiveTraceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.ArchiveTraceResponse";
            };

            return ArchiveTraceResponse;
        })();

        api_v2.TraceQueryParameters = (function() {

            /**
             * Properties of a TraceQueryParameters.
             * @memberof jaeger.api_v2
             * @interface ITraceQueryParameters
             * @property {string|null} [serviceName] TraceQueryParameters serviceName
             * @property {string|null} [operationName] TraceQueryParameters operationName
             * @property {Object.<string,string>|null} [tags] TraceQueryParameters tags
             * @property {google.protobuf.ITimestamp|null} [startTimeMin] TraceQueryParameters startTimeMin
             * @property {google.protobuf.ITimestamp|null} [startTimeMax] TraceQueryParameters startTimeMax
             * @property {google.protobuf.IDuration|null} [durationMin] TraceQueryParameters durationMin
             * @property {google.protobuf.IDuration|null} [durationMax] TraceQueryParameters durationMax
             * @property {number|null} [searchDepth] TraceQueryParameters searchDepth
             * @property {boolean|null} [rawTraces] TraceQueryParameters rawTraces
             */

            /**
             * Constructs a new TraceQueryParameters.
             * @memberof jaeger.api_v2
             * @classdesc Represents a TraceQueryParameters.
             * @implements ITraceQueryParameters
             * @constructor
             * @param {jaeger.api_v2.ITraceQueryParameters=} [properties] Properties to set
             */
            function TraceQueryParameters(properties) {
                this.tags = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TraceQueryParameters serviceName.
             * @member {string} serviceName
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.serviceName = "";

            /**
             * TraceQueryParameters operationName.
             * @member {string} operationName
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.operationName = "";

            /**
             * TraceQueryParameters tags.
             * @member {Object.<string,string>} tags
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.tags = $util.emptyObject;

            /**
             * TraceQueryParameters startTimeMin.
             * @member {google.protobuf.ITimestamp|null|undefined} startTimeMin
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.startTimeMin = null;

            /**
             * TraceQueryParameters startTimeMax.
             * @member {google.protobuf.ITimestamp|null|undefined} startTimeMax
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.startTimeMax = null;

            /**
             * TraceQueryParameters durationMin.
             * @member {google.protobuf.IDuration|null|undefined} durationMin
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.durationMin = null;

            /**
             * TraceQueryParameters durationMax.
             * @member {google.protobuf.IDuration|null|undefined} durationMax
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.durationMax = null;

            /**
             * TraceQueryParameters searchDepth.
             * @member {number} searchDepth
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.searchDepth = 0;

            /**
             * TraceQueryParameters rawTraces.
             * @member {boolean} rawTraces
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.rawTraces = false;

            /**
             * Creates a new TraceQueryParameters instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {jaeger.api_v2.ITraceQueryParameters=} [properties] Properties to set
             * @returns {jaeger.api_v2.TraceQueryParameters} TraceQueryParameters instance
             */
            TraceQueryParameters.create = function create(properties) {
                return new TraceQueryParameters(properties);
            };

            /**
             * Encodes the specified TraceQueryParameters message. Does not implicitly {@link jaeger.api_v2.TraceQueryParameters.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {jaeger.api_v2.ITraceQueryParameters} message TraceQueryParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TraceQueryParameters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.operationName);
                if (message.tags != null && Object.hasOwnProperty.call(message, "tags"))
                    for (let keys = Object.keys(message.tags), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                if (message.startTimeMin != null && Object.hasOwnProperty.call(message, "startTimeMin"))
                    $root.google.protobuf.Timestamp.encode(message.startTimeMin, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.startTimeMax != null && Object.hasOwnProperty.call(message, "startTimeMax"))
                    $root.google.protobuf.Timestamp.encode(message.startTimeMax, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.durationMin != null && Object.hasOwnProperty.call(message, "durationMin"))
                    $root.google.protobuf.Duration.encode(message.durationMin, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.durationMax != null && Object.hasOwnProperty.call(message, "durationMax"))
                    $root.google.protobuf.Duration.encode(message.durationMax, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.searchDepth != null && Object.hasOwnProperty.call(message, "searchDepth"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.searchDepth);
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.rawTraces);
                return writer;
            };

            /**
             * Encodes the specified TraceQueryParameters message, length delimited. Does not implicitly {@link jaeger.api_v2.TraceQueryParameters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {jaeger.api_v2.ITraceQueryParameters} message TraceQueryParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TraceQueryParameters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.TraceQueryParameters} TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TraceQueryParameters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.TraceQueryParameters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.serviceName = reader.string();
                            break;
                        }
                    case 2: {
                            message.operationName = reader.string();
                            break;
                        }
                    case 3: {
                            if (message.tags === $util.emptyObject)
                                message.tags = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.tags, key);
                            message.tags[key] = value;
                            break;
                        }
                    case 4: {
                            message.startTimeMin = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.startTimeMax = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.durationMin = $root.google.protobuf.Duration.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.durationMax = $root.google.protobuf.Duration.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.searchDepth = reader.int32();
                            break;
                        }
                    case 9: {
                            message.rawTraces = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.TraceQueryParameters} TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TraceQueryParameters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TraceQueryParameters message.
             * @function verify
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TraceQueryParameters.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    if (!$util.isString(message.serviceName))
                        return "serviceName: string expected";
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    if (!$util.isString(message.operationName))
                        return "operationName: string expected";
                if (message.tags != null && Object.hasOwnProperty.call(message, "tags")) {
                    if (!$util.isObject(message.tags))
                        return "tags: object expected";
                    let key = Object.keys(message.tags);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.tags[key[i]]))
                            return "tags: string{k:string} expected";
                }
                if (message.startTimeMin != null && Object.hasOwnProperty.call(message, "startTimeMin")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTimeMin, long + 1);
                    if (error)
                        return "startTimeMin." + error;
                }
                if (message.startTimeMax != null && Object.hasOwnProperty.call(message, "startTimeMax")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTimeMax, long + 1);
                    if (error)
                        return "startTimeMax." + error;
                }
                if (message.durationMin != null && Object.hasOwnProperty.call(message, "durationMin")) {
                    let error = $root.google.protobuf.Duration.verify(message.durationMin, long + 1);
                    if (error)
                        return "durationMin." + error;
                }
                if (message.durationMax != null && Object.hasOwnProperty.call(message, "durationMax")) {
                    let error = $root.google.protobuf.Duration.verify(message.durationMax, long + 1);
                    if (error)
                        return "durationMax." + error;
                }
                if (message.searchDepth != null && Object.hasOwnProperty.call(message, "searchDepth"))
                    if (!$util.isInteger(message.searchDepth))
                        return "searchDepth: integer expected";
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    if (typeof message.rawTraces !== "boolean")
                        return "rawTraces: boolean expected";
                return null;
            };

            /**
             * Creates a TraceQueryParameters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.TraceQueryParameters} TraceQueryParameters
             */
            TraceQueryParameters.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.TraceQueryParameters)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.TraceQueryParameters: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.TraceQueryParameters();
                if (object.serviceName != null)
                    message.serviceName = String(object.serviceName);
                if (object.operationName != null)
                    message.operationName = String(object.operationName);
                if (object.tags) {
                    if (!$util.isObject(object.tags))
                        throw TypeError(".jaeger.api_v2.TraceQueryParameters.tags: object expected");
                    message.tags = {};
                    for (let keys = Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.tags, keys[i]);
                        message.tags[keys[i]] = String(object.tags[keys[i]]);
                    }
                }
                if (object.startTimeMin != null) {
                    if (!$util.isObject(object.startTimeMin))
                        throw TypeError(".jaeger.api_v2.TraceQueryParameters.startTimeMin: object expected");
                    message.startTimeMin = $root.google.protobuf.Timestamp.fromObject(object.startTimeMin, long + 1);
                }
                if (object.startTimeMax != null) {
                    if (!$util.isObject(object.startTimeMax))
                        throw TypeError(".jaeger.api_v2.TraceQueryParameters.startTimeMax: object expected");
                    message.startTimeMax = $root.google.protobuf.Timestamp.fromObject(object.startTimeMax, long + 1);
                }
                if (object.durationMin != null) {
                    if (!$util.isObject(object.durationMin))
                        throw TypeError(".jaeger.api_v2.TraceQueryParameters.durationMin: object expected");
                    message.durationMin = $root.google.protobuf.Duration.fromObject(object.durationMin, long + 1);
                }
                if (object.durationMax != null) {
                    if (!$util.isObject(object.durationMax))
                        throw TypeError(".jaeger.api_v2.TraceQueryParameters.durationMax: object expected");
                    message.durationMax = $root.google.protobuf.Duration.fromObject(object.durationMax, long + 1);
                }
                if (object.searchDepth != null)
                    message.searchDepth = object.searchDepth | 0;
                if (object.rawTraces != null)
                    message.rawTraces = Boolean(object.rawTraces);
                return message;
            };

            /**
             * Creates a plain object from a TraceQueryParameters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {jaeger.api_v2.TraceQueryParameters} message TraceQueryParameters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TraceQueryParameters.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.tags = {};
                if (options.defaults) {
                    object.serviceName = "";
                    object.operationName = "";
                    object.startTimeMin = null;
                    object.startTimeMax = null;
                    object.durationMin = null;
                    object.durationMax = null;
                    object.searchDepth = 0;
                    object.rawTraces = false;
                }
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    object.serviceName = message.serviceName;
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    object.operationName = message.operationName;
                let keys2;
                if (message.tags && (keys2 = Object.keys(message.tags)).length) {
                    object.tags = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.tags, keys2[j]);
                        object.tags[keys2[j]] = message.tags[keys2[j]];
                    }
                }
                if (message.startTimeMin != null && Object.hasOwnProperty.call(message, "startTimeMin"))
                    object.startTimeMin = $root.google.protobuf.Timestamp.toObject(message.startTimeMin, options, q + 1);
                if (message.startTimeMax != null && Object.hasOwnProperty.call(message, "startTimeMax"))
                    object.startTimeMax = $root.google.protobuf.Timestamp.toObject(message.startTimeMax, options, q + 1);
                if (message.durationMin != null && Object.hasOwnProperty.call(message, "durationMin"))
                    object.durationMin = $root.google.protobuf.Duration.toObject(message.durationMin, options, q + 1);
                if (message.durationMax != null && Object.hasOwnProperty.call(message, "durationMax"))
                    object.durationMax = $root.google.protobuf.Duration.toObject(message.durationMax, options, q + 1);
                if (message.searchDepth != null && Object.hasOwnProperty.call(message, "searchDepth"))
                    object.searchDepth = message.searchDepth;
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    object.rawTraces = message.rawTraces;
                return object;
            };

            /**
             * Converts this TraceQueryParameters to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TraceQueryParameters.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TraceQueryParameters
             * @function getTypeUrl
             * @memberof jaeger.api_v2.TraceQueryParameters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TraceQueryParameters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.TraceQueryParameters";
            };

            return TraceQueryParameters;
        })();

        api_v2.FindTracesRequest = (function() {

            /**
             * Properties of a FindTracesRequest.
             * @memberof jaeger.api_v2
             * @interface IFindTracesRequest
             * @property {jaeger.api_v2.ITraceQueryParameters|null} [query] FindTracesRequest query
             */

            /**
             * Constructs a new FindTracesRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents a FindTracesRequest.
             * @implements IFindTracesRequest
             * @constructor
             * @param {jaeger.api_v2.IFindTracesRequest=} [properties] Properties to set
             */
            function FindTracesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FindTracesRequest query.
             * @member {jaeger.api_v2.ITraceQueryParameters|null|undefined} query
             * @memberof jaeger.api_v2.FindTracesRequest
             * @instance
             */
            FindTracesRequest.prototype.query = null;

            /**
             * Creates a new FindTracesRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {jaeger.api_v2.IFindTracesRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.FindTracesRequest} FindTracesRequest instance
             */
            FindTracesRequest.create = function create(properties) {
                return new FindTracesRequest(properties);
            };

            /**
             * Encodes the specified FindTracesRequest message. Does not implicitly {@link jaeger.api_v2.FindTracesRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {jaeger.api_v2.IFindTracesRequest} message FindTracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FindTracesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.query != null && Object.hasOwnProperty.call(message, "query"))
                    $root.jaeger.api_v2.TraceQueryParameters.encode(message.query, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified FindTracesRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.FindTracesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {jaeger.api_v2.IFindTracesRequest} message FindTracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FindTracesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.FindTracesRequest} FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FindTracesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.FindTracesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.query = $root.jaeger.api_v2.TraceQueryParameters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.FindTracesRequest} FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FindTracesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FindTracesRequest message.
             * @function verify
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FindTracesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.query != null && Object.hasOwnProperty.call(message, "query")) {
                    let error = $root.jaeger.api_v2.TraceQueryParameters.verify(message.query, long + 1);
                    if (error)
                        return "query." + error;
                }
                return null;
            };

            /**
             * Creates a FindTracesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.FindTracesRequest} FindTracesRequest
             */
            FindTracesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.FindTracesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.FindTracesRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.FindTracesRequest();
                if (object.query != null) {
                    if (!$util.isObject(object.query))
                        throw TypeError(".jaeger.api_v2.FindTracesRequest.query: object expected");
                    message.query = $root.jaeger.api_v2.TraceQueryParameters.fromObject(object.query, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a FindTracesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {jaeger.api_v2.FindTracesRequest} message FindTracesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FindTracesRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.query = null;
                if (message.query != null && Object.hasOwnProperty.call(message, "query"))
                    object.query = $root.jaeger.api_v2.TraceQueryParameters.toObject(message.query, options, q + 1);
                return object;
            };

            /**
             * Converts this FindTracesRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.FindTracesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FindTracesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FindTracesRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.FindTracesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FindTracesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.FindTracesRequest";
            };

            return FindTracesRequest;
        })();

        api_v2.GetServicesRequest = (function() {

            /**
             * Properties of a GetServicesRequest.
             * @memberof jaeger.api_v2
             * @interface IGetServicesRequest
             */

            /**
             * Constructs a new GetServicesRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents a GetServicesRequest.
             * @implements IGetServicesRequest
             * @constructor
             * @param {jaeger.api_v2.IGetServicesRequest=} [properties] Properties to set
             */
            function GetServicesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetServicesRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {jaeger.api_v2.IGetServicesRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.GetServicesRequest} GetServicesRequest instance
             */
            GetServicesRequest.create = function create(properties) {
                return new GetServicesRequest(properties);
            };

            /**
             * Encodes the specified GetServicesRequest message. Does not implicitly {@link jaeger.api_v2.GetServicesRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {jaeger.api_v2.IGetServicesRequest} message GetServicesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Encodes the specified GetServicesRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetServicesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {jaeger.api_v2.IGetServicesRequest} message GetServicesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.GetServicesRequest} GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.GetServicesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.GetServicesRequest} GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetServicesRequest message.
             * @function verify
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetServicesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a GetServicesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.GetServicesRequest} GetServicesRequest
             */
            GetServicesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.GetServicesRequest)
                    return object;
                return new $root.jaeger.api_v2.GetServicesRequest();
            };

            /**
             * Creates a plain object from a GetServicesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {jaeger.api_v2.GetServicesRequest} message GetServicesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetServicesRequest.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this GetServicesRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.GetServicesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetServicesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetServicesRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.GetServicesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetServicesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.GetServicesRequest";
            };

            return GetServicesRequest;
        })();

        api_v2.GetServicesResponse = (function() {

            /**
             * Properties of a GetServicesResponse.
             * @memberof jaeger.api_v2
             * @interface IGetServicesResponse
             * @property {Array.<string>|null} [services] GetServicesResponse services
             */

            /**
             * Constructs a new GetServicesResponse.
             * @memberof jaeger.api_v2
             * @classdesc Represents a GetServicesResponse.
             * @implements IGetServicesResponse
             * @constructor
             * @param {jaeger.api_v2.IGetServicesResponse=} [properties] Properties to set
             */
            function GetServicesResponse(properties) {
                this.services = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetServicesResponse services.
             * @member {Array.<string>} services
             * @memberof jaeger.api_v2.GetServicesResponse
             * @instance
             */
            GetServicesResponse.prototype.services = $util.emptyArray;

            /**
             * Creates a new GetServicesResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {jaeger.api_v2.IGetServicesResponse=} [properties] Properties to set
             * @returns {jaeger.api_v2.GetServicesResponse} GetServicesResponse instance
             */
            GetServicesResponse.create = function create(properties) {
                return new GetServicesResponse(properties);
            };

            /**
             * Encodes the specified GetServicesResponse message. Does not implicitly {@link jaeger.api_v2.GetServicesResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {jaeger.api_v2.IGetServicesResponse} message GetServicesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.services != null && message.services.length)
                    for (let i = 0; i < message.services.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.services[i]);
                return writer;
            };

            /**
             * Encodes the specified GetServicesResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.GetServicesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {jaeger.api_v2.IGetServicesResponse} message GetServicesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.GetServicesResponse} GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.GetServicesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.services && message.services.length))
                                message.services = [];
                            message.services.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.GetServicesResponse} GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetServicesResponse message.
             * @function verify
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetServicesResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.services != null && Object.hasOwnProperty.call(message, "services")) {
                    if (!Array.isArray(message.services))
                        return "services: array expected";
                    for (let i = 0; i < message.services.length; ++i)
                        if (!$util.isString(message.services[i]))
                            return "services: string[] expected";
                }
                return null;
            };

            /**
             * Creates a GetServicesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.GetServicesResponse} GetServicesResponse
             */
            GetServicesResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.GetServicesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.GetServicesResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.GetServicesResponse();
                if (object.services) {
                    if (!Array.isArray(object.services))
                        throw TypeError(".jaeger.api_v2.GetServicesResponse.services: array expected");
                    message.services = [];
                    for (let i = 0; i < object.services.length; ++i)
                        message.services[i] = String(object.services[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetServicesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {jaeger.api_v2.GetServicesResponse} message GetServicesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetServicesResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.services = [];
                if (message.services && message.services.length) {
                    object.services = [];
                    for (let j = 0; j < message.services.length; ++j)
                        object.services[j] = message.services[j];
                }
                return object;
            };

            /**
             * Converts this GetServicesResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.GetServicesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetServicesResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetServicesResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v2.GetServicesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetServicesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.GetServicesResponse";
            };

            return GetServicesResponse;
        })();

        api_v2.GetOperationsRequest = (function() {

            /**
             * Properties of a GetOperationsRequest.
             * @memberof jaeger.api_v2
             * @interface IGetOperationsRequest
             * @property {string|null} [service] GetOperationsRequest service
             * @property {string|null} [spanKind] GetOperationsRequest spanKind
             */

            /**
             * Constructs a new GetOperationsRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents a GetOperationsRequest.
             * @implements IGetOperationsRequest
             * @constructor
             * @param {jaeger.api_v2.IGetOperationsRequest=} [properties] Properties to set
             */
            function GetOperationsRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetOperationsRequest service.
             * @member {string} service
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @instance
             */
            GetOperationsRequest.prototype.service = "";

            /**
             * GetOperationsRequest spanKind.
             * @member {string} spanKind
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @instance
             */
            GetOperationsRequest.prototype.spanKind = "";

            /**
             * Creates a new GetOperationsRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {jaeger.api_v2.IGetOperationsRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.GetOperationsRequest} GetOperationsRequest instance
             */
            GetOperationsRequest.create = function create(properties) {
                return new GetOperationsRequest(properties);
            };

            /**
             * Encodes the specified GetOperationsRequest message. Does not implicitly {@link jaeger.api_v2.GetOperationsRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {jaeger.api_v2.IGetOperationsRequest} message GetOperationsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.spanKind);
                return writer;
            };

            /**
             * Encodes the specified GetOperationsRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetOperationsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {jaeger.api_v2.IGetOperationsRequest} message GetOperationsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.GetOperationsRequest} GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.GetOperationsRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.service = reader.string();
                            break;
                        }
                    case 2: {
                            message.spanKind = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.GetOperationsRequest} GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetOperationsRequest message.
             * @function verify
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetOperationsRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    if (!$util.isString(message.service))
                        return "service: string expected";
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    if (!$util.isString(message.spanKind))
                        return "spanKind: string expected";
                return null;
            };

            /**
             * Creates a GetOperationsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.GetOperationsRequest} GetOperationsRequest
             */
            GetOperationsRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.GetOperationsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.GetOperationsRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.GetOperationsRequest();
                if (object.service != null)
                    message.service = String(object.service);
                if (object.spanKind != null)
                    message.spanKind = String(object.spanKind);
                return message;
            };

            /**
             * Creates a plain object from a GetOperationsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {jaeger.api_v2.GetOperationsRequest} message GetOperationsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetOperationsRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.service = "";
                    object.spanKind = "";
                }
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    object.service = message.service;
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    object.spanKind = message.spanKind;
                return object;
            };

            /**
             * Converts this GetOperationsRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetOperationsRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetOperationsRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.GetOperationsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetOperationsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.GetOperationsRequest";
            };

            return GetOperationsRequest;
        })();

        api_v2.Operation = (function() {

            /**
             * Properties of an Operation.
             * @memberof jaeger.api_v2
             * @interface IOperation
             * @property {string|null} [name] Operation name
             * @property {string|null} [spanKind] Operation spanKind
             */

            /**
             * Constructs a new Operation.
             * @memberof jaeger.api_v2
             * @classdesc Represents an Operation.
             * @implements IOperation
             * @constructor
             * @param {jaeger.api_v2.IOperation=} [properties] Properties to set
             */
            function Operation(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Operation name.
             * @member {string} name
             * @memberof jaeger.api_v2.Operation
             * @instance
             */
            Operation.prototype.name = "";

            /**
             * Operation spanKind.
             * @member {string} spanKind
             * @memberof jaeger.api_v2.Operation
             * @instance
             */
            Operation.prototype.spanKind = "";

            /**
             * Creates a new Operation instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {jaeger.api_v2.IOperation=} [properties] Properties to set
             * @returns {jaeger.api_v2.Operation} Operation instance
             */
            Operation.create = function create(properties) {
                return new Operation(properties);
            };

            /**
             * Encodes the specified Operation message. Does not implicitly {@link jaeger.api_v2.Operation.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {jaeger.api_v2.IOperation} message Operation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Operation.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.spanKind);
                return writer;
            };

            /**
             * Encodes the specified Operation message, length delimited. Does not implicitly {@link jaeger.api_v2.Operation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {jaeger.api_v2.IOperation} message Operation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Operation.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Operation} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Operation.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.Operation();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.spanKind = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Operation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.Operation} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Operation.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Operation message.
             * @function verify
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Operation.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    if (!$util.isString(message.spanKind))
                        return "spanKind: string expected";
                return null;
            };

            /**
             * Creates an Operation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.Operation} Operation
             */
            Operation.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.Operation)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.Operation: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.Operation();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.spanKind != null)
                    message.spanKind = String(object.spanKind);
                return message;
            };

            /**
             * Creates a plain object from an Operation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {jaeger.api_v2.Operation} message Operation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Operation.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.spanKind = "";
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    object.spanKind = message.spanKind;
                return object;
            };

            /**
             * Converts this Operation to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.Operation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Operation.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Operation
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Operation
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Operation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Operation";
            };

            return Operation;
        })();

        api_v2.GetOperationsResponse = (function() {

            /**
             * Properties of a GetOperationsResponse.
             * @memberof jaeger.api_v2
             * @interface IGetOperationsResponse
             * @property {Array.<string>|null} [operationNames] GetOperationsResponse operationNames
             * @property {Array.<jaeger.api_v2.IOperation>|null} [operations] GetOperationsResponse operations
             */

            /**
             * Constructs a new GetOperationsResponse.
             * @memberof jaeger.api_v2
             * @classdesc Represents a GetOperationsResponse.
             * @implements IGetOperationsResponse
             * @constructor
             * @param {jaeger.api_v2.IGetOperationsResponse=} [properties] Properties to set
             */
            function GetOperationsResponse(properties) {
                this.operationNames = [];
                this.operations = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetOperationsResponse operationNames.
             * @member {Array.<string>} operationNames
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @instance
             */
            GetOperationsResponse.prototype.operationNames = $util.emptyArray;

            /**
             * GetOperationsResponse operations.
             * @member {Array.<jaeger.api_v2.IOperation>} operations
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @instance
             */
            GetOperationsResponse.prototype.operations = $util.emptyArray;

            /**
             * Creates a new GetOperationsResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {jaeger.api_v2.IGetOperationsResponse=} [properties] Properties to set
             * @returns {jaeger.api_v2.GetOperationsResponse} GetOperationsResponse instance
             */
            GetOperationsResponse.create = function create(properties) {
                return new GetOperationsResponse(properties);
            };

            /**
             * Encodes the specified GetOperationsResponse message. Does not implicitly {@link jaeger.api_v2.GetOperationsResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {jaeger.api_v2.IGetOperationsResponse} message GetOperationsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.operationNames != null && message.operationNames.length)
                    for (let i = 0; i < message.operationNames.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operationNames[i]);
                if (message.operations != null && message.operations.length)
                    for (let i = 0; i < message.operations.length; ++i)
                        $root.jaeger.api_v2.Operation.encode(message.operations[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified GetOperationsResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.GetOperationsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {jaeger.api_v2.IGetOperationsResponse} message GetOperationsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.GetOperationsResponse} GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.GetOperationsResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.operationNames && message.operationNames.length))
                                message.operationNames = [];
                            message.operationNames.push(reader.string());
                            break;
                        }
                    case 2: {
                            if (!(message.operations && message.operations.length))
                                message.operations = [];
                            message.operations.push($root.jaeger.api_v2.Operation.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.GetOperationsResponse} GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetOperationsResponse message.
             * @function verify
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetOperationsResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.operationNames != null && Object.hasOwnProperty.call(message, "operationNames")) {
                    if (!Array.isArray(message.operationNames))
                        return "operationNames: array expected";
                    for (let i = 0; i < message.operationNames.length; ++i)
                        if (!$util.isString(message.operationNames[i]))
                            return "operationNames: string[] expected";
                }
                if (message.operations != null && Object.hasOwnProperty.call(message, "operations")) {
                    if (!Array.isArray(message.operations))
                        return "operations: array expected";
                    for (let i = 0; i < message.operations.length; ++i) {
                        let error = $root.jaeger.api_v2.Operation.verify(message.operations[i], long + 1);
                        if (error)
                            return "operations." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a GetOperationsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.GetOperationsResponse} GetOperationsResponse
             */
            GetOperationsResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.GetOperationsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.GetOperationsResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.GetOperationsResponse();
                if (object.operationNames) {
                    if (!Array.isArray(object.operationNames))
                        throw TypeError(".jaeger.api_v2.GetOperationsResponse.operationNames: array expected");
                    message.operationNames = [];
                    for (let i = 0; i < object.operationNames.length; ++i)
                        message.operationNames[i] = String(object.operationNames[i]);
                }
                if (object.operations) {
                    if (!Array.isArray(object.operations))
                        throw TypeError(".jaeger.api_v2.GetOperationsResponse.operations: array expected");
                    message.operations = [];
                    for (let i = 0; i < object.operations.length; ++i) {
                        if (!$util.isObject(object.operations[i]))
                            throw TypeError(".jaeger.api_v2.GetOperationsResponse.operations: object expected");
                        message.operations[i] = $root.jaeger.api_v2.Operation.fromObject(object.operations[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a GetOperationsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {jaeger.api_v2.GetOperationsResponse} message GetOperationsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetOperationsResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.operationNames = [];
                    object.operations = [];
                }
                if (message.operationNames && message.operationNames.length) {
                    object.operationNames = [];
                    for (let j = 0; j < message.operationNames.length; ++j)
                        object.operationNames[j] = message.operationNames[j];
                }
                if (message.operations && message.operations.length) {
                    object.operations = [];
                    for (let j = 0; j < message.operations.length; ++j)
                        object.operations[j] = $root.jaeger.api_v2.Operation.toObject(message.operations[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this GetOperationsResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetOperationsResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetOperationsResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v2.GetOperationsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetOperationsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.GetOperationsResponse";
            };

            return GetOperationsResponse;
        })();

        api_v2.GetDependenciesRequest = (function() {

            /**
             * Properties of a GetDependenciesRequest.
             * @memberof jaeger.api_v2
             * @interface IGetDependenciesRequest
             * @property {google.protobuf.ITimestamp|null} [startTime] GetDependenciesRequest startTime
             * @property {google.protobuf.ITimestamp|null} [endTime] GetDependenciesRequest endTime
             */

            /**
             * Constructs a new GetDependenciesRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents a GetDependenciesRequest.
             * @implements IGetDependenciesRequest
             * @constructor
             * @param {jaeger.api_v2.IGetDependenciesRequest=} [properties] Properties to set
             */
            function GetDependenciesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetDependenciesRequest startTime.
             * @member {google.protobuf.ITimestamp|null|undefined} startTime
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @instance
             */
            GetDependenciesRequest.prototype.startTime = null;

            /**
             * GetDependenciesRequest endTime.
             * @member {google.protobuf.ITimestamp|null|undefined} endTime
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @instance
             */
            GetDependenciesRequest.prototype.endTime = null;

            /**
             * Creates a new GetDependenciesRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {jaeger.api_v2.IGetDependenciesRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.GetDependenciesRequest} GetDependenciesRequest instance
             */
            GetDependenciesRequest.create = function create(properties) {
                return new GetDependenciesRequest(properties);
            };

            /**
             * Encodes the specified GetDependenciesRequest message. Does not implicitly {@link jaeger.api_v2.GetDependenciesRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {jaeger.api_v2.IGetDependenciesRequest} message GetDependenciesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDependenciesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    $root.google.protobuf.Timestamp.encode(message.endTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified GetDependenciesRequest message, length delimited. Does not implicitly {@link jaeger.api_v2.GetDependenciesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {jaeger.api_v2.IGetDependenciesRequest} message GetDependenciesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDependenciesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetDependenciesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.GetDependenciesRequest} GetDependenciesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDependenciesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.GetDependenciesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.endTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetDependenciesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.GetDependenciesRequest} GetDependenciesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDependenciesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetDependenciesRequest message.
             * @function verify
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetDependenciesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTime, long + 1);
                    if (error)
                        return "startTime." + error;
                }
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.endTime, long + 1);
                    if (error)
                        return "endTime." + error;
                }
                return null;
            };

            /**
             * Creates a GetDependenciesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.GetDependenciesRequest} GetDependenciesRequest
             */
            GetDependenciesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.GetDependenciesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.GetDependenciesRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.GetDependenciesRequest();
                if (object.startTime != null) {
                    if (!$util.isObject(object.startTime))
                        throw TypeError(".jaeger.api_v2.GetDependenciesRequest.startTime: object expected");
                    message.startTime = $root.google.protobuf.Timestamp.fromObject(object.startTime, long + 1);
                }
                if (object.endTime != null) {
                    if (!$util.isObject(object.endTime))
                        throw TypeError(".jaeger.api_v2.GetDependenciesRequest.endTime: object expected");
                    message.endTime = $root.google.protobuf.Timestamp.fromObject(object.endTime, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetDependenciesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {jaeger.api_v2.GetDependenciesRequest} message GetDependenciesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetDependenciesRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.startTime = null;
                    object.endTime = null;
                }
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    object.startTime = $root.google.protobuf.Timestamp.toObject(message.startTime, options, q + 1);
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    object.endTime = $root.google.protobuf.Timestamp.toObject(message.endTime, options, q + 1);
                return object;
            };

            /**
             * Converts this GetDependenciesRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetDependenciesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetDependenciesRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.GetDependenciesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetDependenciesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.GetDependenciesRequest";
            };

            return GetDependenciesRequest;
        })();

        api_v2.GetDependenciesResponse = (function() {

            /**
             * Properties of a GetDependenciesResponse.
             * @memberof jaeger.api_v2
             * @interface IGetDependenciesResponse
             * @property {Array.<jaeger.api_v2.IDependencyLink>|null} [dependencies] GetDependenciesResponse dependencies
             */

            /**
             * Constructs a new GetDependenciesResponse.
             * @memberof jaeger.api_v2
             * @classdesc Represents a GetDependenciesResponse.
             * @implements IGetDependenciesResponse
             * @constructor
             * @param {jaeger.api_v2.IGetDependenciesResponse=} [properties] Properties to set
             */
            function GetDependenciesResponse(properties) {
                this.dependencies = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetDependenciesResponse dependencies.
             * @member {Array.<jaeger.api_v2.IDependencyLink>} dependencies
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @instance
             */
            GetDependenciesResponse.prototype.dependencies = $util.emptyArray;

            /**
             * Creates a new GetDependenciesResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {jaeger.api_v2.IGetDependenciesResponse=} [properties] Properties to set
             * @returns {jaeger.api_v2.GetDependenciesResponse} GetDependenciesResponse instance
             */
            GetDependenciesResponse.create = function create(properties) {
                return new GetDependenciesResponse(properties);
            };

            /**
             * Encodes the specified GetDependenciesResponse message. Does not implicitly {@link jaeger.api_v2.GetDependenciesResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {jaeger.api_v2.IGetDependenciesResponse} message GetDependenciesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDependenciesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.dependencies != null && message.dependencies.length)
                    for (let i = 0; i < message.dependencies.length; ++i)
                        $root.jaeger.api_v2.DependencyLink.encode(message.dependencies[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified GetDependenciesResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.GetDependenciesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {jaeger.api_v2.IGetDependenciesResponse} message GetDependenciesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDependenciesResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetDependenciesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.GetDependenciesResponse} GetDependenciesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDependenciesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.GetDependenciesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.dependencies && message.dependencies.length))
                                message.dependencies = [];
                            message.dependencies.push($root.jaeger.api_v2.DependencyLink.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetDependenciesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.GetDependenciesResponse} GetDependenciesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDependenciesResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetDependenciesResponse message.
             * @function verify
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetDependenciesResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.dependencies != null && Object.hasOwnProperty.call(message, "dependencies")) {
                    if (!Array.isArray(message.dependencies))
                        return "dependencies: array expected";
                    for (let i = 0; i < message.dependencies.length; ++i) {
                        let error = $root.jaeger.api_v2.DependencyLink.verify(message.dependencies[i], long + 1);
                        if (error)
                            return "dependencies." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a GetDependenciesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.GetDependenciesResponse} GetDependenciesResponse
             */
            GetDependenciesResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.GetDependenciesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.GetDependenciesResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.GetDependenciesResponse();
                if (object.dependencies) {
                    if (!Array.isArray(object.dependencies))
                        throw TypeError(".jaeger.api_v2.GetDependenciesResponse.dependencies: array expected");
                    message.dependencies = [];
                    for (let i = 0; i < object.dependencies.length; ++i) {
                        if (!$util.isObject(object.dependencies[i]))
                            throw TypeError(".jaeger.api_v2.GetDependenciesResponse.dependencies: object expected");
                        message.dependencies[i] = $root.jaeger.api_v2.DependencyLink.fromObject(object.dependencies[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a GetDependenciesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {jaeger.api_v2.GetDependenciesResponse} message GetDependenciesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetDependenciesResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.dependencies = [];
                if (message.dependencies && message.dependencies.length) {
                    object.dependencies = [];
                    for (let j = 0; j < message.dependencies.length; ++j)
                        object.dependencies[j] = $root.jaeger.api_v2.DependencyLink.toObject(message.dependencies[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this GetDependenciesResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetDependenciesResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetDependenciesResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v2.GetDependenciesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetDependenciesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.GetDependenciesResponse";
            };

            return GetDependenciesResponse;
        })();

        api_v2.QueryService = (function() {

            /**
             * Constructs a new QueryService service.
             * @memberof jaeger.api_v2
             * @classdesc Represents a QueryService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function QueryService(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (QueryService.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = QueryService;

            /**
             * Creates new QueryService service using the specified rpc implementation.
             * @function create
             * @memberof jaeger.api_v2.QueryService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {QueryService} RPC service. Useful where requests and/or responses are streamed.
             */
            QueryService.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getTrace}.
             * @memberof jaeger.api_v2.QueryService
             * @typedef GetTraceCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.SpansResponseChunk} [response] SpansResponseChunk
             */

            /**
             * Calls GetTrace.
             * @function getTrace
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetTraceRequest} request GetTraceRequest message or plain object
             * @param {jaeger.api_v2.QueryService.GetTraceCallback} callback Node-style callback called with the error, if any, and SpansResponseChunk
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.getTrace = function getTrace(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getTrace, $root.jaeger.api_v2.GetTraceRequest, $root.jaeger.api_v2.SpansResponseChunk, request, callback);
            }, "name", { value: "GetTrace" });

            /**
             * Calls GetTrace.
             * @function getTrace
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetTraceRequest} request GetTraceRequest message or plain object
             * @returns {Promise<jaeger.api_v2.SpansResponseChunk>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#archiveTrace}.
             * @memberof jaeger.api_v2.QueryService
             * @typedef ArchiveTraceCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.ArchiveTraceResponse} [response] ArchiveTraceResponse
             */

            /**
             * Calls ArchiveTrace.
             * @function archiveTrace
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IArchiveTraceRequest} request ArchiveTraceRequest message or plain object
             * @param {jaeger.api_v2.QueryService.ArchiveTraceCallback} callback Node-style callback called with the error, if any, and ArchiveTraceResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.archiveTrace = function archiveTrace(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, archiveTrace, $root.jaeger.api_v2.ArchiveTraceRequest, $root.jaeger.api_v2.ArchiveTraceResponse, request, callback);
            }, "name", { value: "ArchiveTrace" });

            /**
             * Calls ArchiveTrace.
             * @function archiveTrace
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IArchiveTraceRequest} request ArchiveTraceRequest message or plain object
             * @returns {Promise<jaeger.api_v2.ArchiveTraceResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#findTraces}.
             * @memberof jaeger.api_v2.QueryService
             * @typedef FindTracesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.SpansResponseChunk} [response] SpansResponseChunk
             */

            /**
             * Calls FindTraces.
             * @function findTraces
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IFindTracesRequest} request FindTracesRequest message or plain object
             * @param {jaeger.api_v2.QueryService.FindTracesCallback} callback Node-style callback called with the error, if any, and SpansResponseChunk
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.findTraces = function findTraces(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, findTraces, $root.jaeger.api_v2.FindTracesRequest, $root.jaeger.api_v2.SpansResponseChunk, request, callback);
            }, "name", { value: "FindTraces" });

            /**
             * Calls FindTraces.
             * @function findTraces
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IFindTracesRequest} request FindTracesRequest message or plain object
             * @returns {Promise<jaeger.api_v2.SpansResponseChunk>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getServices}.
             * @memberof jaeger.api_v2.QueryService
             * @typedef GetServicesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.GetServicesResponse} [response] GetServicesResponse
             */

            /**
             * Calls GetServices.
             * @function getServices
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetServicesRequest} request GetServicesRequest message or plain object
             * @param {jaeger.api_v2.QueryService.GetServicesCallback} callback Node-style callback called with the error, if any, and GetServicesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.getServices = function getServices(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getServices, $root.jaeger.api_v2.GetServicesRequest, $root.jaeger.api_v2.GetServicesResponse, request, callback);
            }, "name", { value: "GetServices" });

            /**
             * Calls GetServices.
             * @function getServices
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetServicesRequest} request GetServicesRequest message or plain object
             * @returns {Promise<jaeger.api_v2.GetServicesResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getOperations}.
             * @memberof jaeger.api_v2.QueryService
             * @typedef GetOperationsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.GetOperationsResponse} [response] GetOperationsResponse
             */

            /**
             * Calls GetOperations.
             * @function getOperations
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetOperationsRequest} request GetOperationsRequest message or plain object
             * @param {jaeger.api_v2.QueryService.GetOperationsCallback} callback Node-style callback called with the error, if any, and GetOperationsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.getOperations = function getOperations(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getOperations, $root.jaeger.api_v2.GetOperationsRequest, $root.jaeger.api_v2.GetOperationsResponse, request, callback);
            }, "name", { value: "GetOperations" });

            /**
             * Calls GetOperations.
             * @function getOperations
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetOperationsRequest} request GetOperationsRequest message or plain object
             * @returns {Promise<jaeger.api_v2.GetOperationsResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v2.QueryService#getDependencies}.
             * @memberof jaeger.api_v2.QueryService
             * @typedef GetDependenciesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.GetDependenciesResponse} [response] GetDependenciesResponse
             */

            /**
             * Calls GetDependencies.
             * @function getDependencies
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetDependenciesRequest} request GetDependenciesRequest message or plain object
             * @param {jaeger.api_v2.QueryService.GetDependenciesCallback} callback Node-style callback called with the error, if any, and GetDependenciesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.getDependencies = function getDependencies(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getDependencies, $root.jaeger.api_v2.GetDependenciesRequest, $root.jaeger.api_v2.GetDependenciesResponse, request, callback);
            }, "name", { value: "GetDependencies" });

            /**
             * Calls GetDependencies.
             * @function getDependencies
             * @memberof jaeger.api_v2.QueryService
             * @instance
             * @param {jaeger.api_v2.IGetDependenciesRequest} request GetDependenciesRequest message or plain object
             * @returns {Promise<jaeger.api_v2.GetDependenciesResponse>} Promise
             * @variation 2
             */

            return QueryService;
        })();

        /**
         * SamplingStrategyType enum.
         * @name jaeger.api_v2.SamplingStrategyType
         * @enum {number}
         * @property {number} PROBABILISTIC=0 PROBABILISTIC value
         * @property {number} RATE_LIMITING=1 RATE_LIMITING value
         */
        api_v2.SamplingStrategyType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "PROBABILISTIC"] = 0;
            values[valuesById[1] = "RATE_LIMITING"] = 1;
            return values;
        })();

        api_v2.ProbabilisticSamplingStrategy = (function() {

            /**
             * Properties of a ProbabilisticSamplingStrategy.
             * @memberof jaeger.api_v2
             * @interface IProbabilisticSamplingStrategy
             * @property {number|null} [samplingRate] ProbabilisticSamplingStrategy samplingRate
             */

            /**
             * Constructs a new ProbabilisticSamplingStrategy.
             * @memberof jaeger.api_v2
             * @classdesc Represents a ProbabilisticSamplingStrategy.
             * @implements IProbabilisticSamplingStrategy
             * @constructor
             * @param {jaeger.api_v2.IProbabilisticSamplingStrategy=} [properties] Properties to set
             */
            function ProbabilisticSamplingStrategy(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProbabilisticSamplingStrategy samplingRate.
             * @member {number} samplingRate
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @instance
             */
            ProbabilisticSamplingStrategy.prototype.samplingRate = 0;

            /**
             * Creates a new ProbabilisticSamplingStrategy instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IProbabilisticSamplingStrategy=} [properties] Properties to set
             * @returns {jaeger.api_v2.ProbabilisticSamplingStrategy} ProbabilisticSamplingStrategy instance
             */
            ProbabilisticSamplingStrategy.create = function create(properties) {
                return new ProbabilisticSamplingStrategy(properties);
            };

            /**
             * Encodes the specified ProbabilisticSamplingStrategy message. Does not implicitly {@link jaeger.api_v2.ProbabilisticSamplingStrategy.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IProbabilisticSamplingStrategy} message ProbabilisticSamplingStrategy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbabilisticSamplingStrategy.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.samplingRate != null && Object.hasOwnProperty.call(message, "samplingRate"))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.samplingRate);
                return writer;
            };

            /**
             * Encodes the specified ProbabilisticSamplingStrategy message, length delimited. Does not implicitly {@link jaeger.api_v2.ProbabilisticSamplingStrategy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IProbabilisticSamplingStrategy} message ProbabilisticSamplingStrategy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbabilisticSamplingStrategy.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProbabilisticSamplingStrategy message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.ProbabilisticSamplingStrategy} ProbabilisticSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbabilisticSamplingStrategy.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.ProbabilisticSamplingStrategy();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.samplingRate = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProbabilisticSamplingStrategy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.ProbabilisticSamplingStrategy} ProbabilisticSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbabilisticSamplingStrategy.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProbabilisticSamplingStrategy message.
             * @function verify
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProbabilisticSamplingStrategy.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.samplingRate != null && Object.hasOwnProperty.call(message, "samplingRate"))
                    if (typeof message.samplingRate !== "number")
                        return "samplingRate: number expected";
                return null;
            };

            /**
             * Creates a ProbabilisticSamplingStrategy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.ProbabilisticSamplingStrategy} ProbabilisticSamplingStrategy
             */
            ProbabilisticSamplingStrategy.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.ProbabilisticSamplingStrategy)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.ProbabilisticSamplingStrategy: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.ProbabilisticSamplingStrategy();
                if (object.samplingRate != null)
                    message.samplingRate = Number(object.samplingRate);
                return message;
            };

            /**
             * Creates a plain object from a ProbabilisticSamplingStrategy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {jaeger.api_v2.ProbabilisticSamplingStrategy} message ProbabilisticSamplingStrategy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProbabilisticSamplingStrategy.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.samplingRate = 0;
                if (message.samplingRate != null && Object.hasOwnProperty.call(message, "samplingRate"))
                    object.samplingRate = options.json && !isFinite(message.samplingRate) ? String(message.samplingRate) : message.samplingRate;
                return object;
            };

            /**
             * Converts this ProbabilisticSamplingStrategy to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProbabilisticSamplingStrategy.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProbabilisticSamplingStrategy
             * @function getTypeUrl
             * @memberof jaeger.api_v2.ProbabilisticSamplingStrategy
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProbabilisticSamplingStrategy.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.ProbabilisticSamplingStrategy";
            };

            return ProbabilisticSamplingStrategy;
        })();

        api_v2.RateLimitingSamplingStrategy = (function() {

            /**
             * Properties of a RateLimitingSamplingStrategy.
             * @memberof jaeger.api_v2
             * @interface IRateLimitingSamplingStrategy
             * @property {number|null} [maxTracesPerSecond] RateLimitingSamplingStrategy maxTracesPerSecond
             */

            /**
             * Constructs a new RateLimitingSamplingStrategy.
             * @memberof jaeger.api_v2
             * @classdesc Represents a RateLimitingSamplingStrategy.
             * @implements IRateLimitingSamplingStrategy
             * @constructor
             * @param {jaeger.api_v2.IRateLimitingSamplingStrategy=} [properties] Properties to set
             */
            function RateLimitingSamplingStrategy(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RateLimitingSamplingStrategy maxTracesPerSecond.
             * @member {number} maxTracesPerSecond
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @instance
             */
            RateLimitingSamplingStrategy.prototype.maxTracesPerSecond = 0;

            /**
             * Creates a new RateLimitingSamplingStrategy instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IRateLimitingSamplingStrategy=} [properties] Properties to set
             * @returns {jaeger.api_v2.RateLimitingSamplingStrategy} RateLimitingSamplingStrategy instance
             */
            RateLimitingSamplingStrategy.create = function create(properties) {
                return new RateLimitingSamplingStrategy(properties);
            };

            /**
             * Encodes the specified RateLimitingSamplingStrategy message. Does not implicitly {@link jaeger.api_v2.RateLimitingSamplingStrategy.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IRateLimitingSamplingStrategy} message RateLimitingSamplingStrategy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RateLimitingSamplingStrategy.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.maxTracesPerSecond != null && Object.hasOwnProperty.call(message, "maxTracesPerSecond"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.maxTracesPerSecond);
                return writer;
            };

            /**
             * Encodes the specified RateLimitingSamplingStrategy message, length delimited. Does not implicitly {@link jaeger.api_v2.RateLimitingSamplingStrategy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IRateLimitingSamplingStrategy} message RateLimitingSamplingStrategy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RateLimitingSamplingStrategy.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RateLimitingSamplingStrategy message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.RateLimitingSamplingStrategy} RateLimitingSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RateLimitingSamplingStrategy.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.RateLimitingSamplingStrategy();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.maxTracesPerSecond = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a RateLimitingSamplingStrategy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.RateLimitingSamplingStrategy} RateLimitingSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RateLimitingSamplingStrategy.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RateLimitingSamplingStrategy message.
             * @function verify
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RateLimitingSamplingStrategy.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.maxTracesPerSecond != null && Object.hasOwnProperty.call(message, "maxTracesPerSecond"))
                    if (!$util.isInteger(message.maxTracesPerSecond))
                        return "maxTracesPerSecond: integer expected";
                return null;
            };

            /**
             * Creates a RateLimitingSamplingStrategy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.RateLimitingSamplingStrategy} RateLimitingSamplingStrategy
             */
            RateLimitingSamplingStrategy.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.RateLimitingSamplingStrategy)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.RateLimitingSamplingStrategy: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.RateLimitingSamplingStrategy();
                if (object.maxTracesPerSecond != null)
                    message.maxTracesPerSecond = object.maxTracesPerSecond | 0;
                return message;
            };

            /**
             * Creates a plain object from a RateLimitingSamplingStrategy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {jaeger.api_v2.RateLimitingSamplingStrategy} message RateLimitingSamplingStrategy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RateLimitingSamplingStrategy.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.maxTracesPerSecond = 0;
                if (message.maxTracesPerSecond != null && Object.hasOwnProperty.call(message, "maxTracesPerSecond"))
                    object.maxTracesPerSecond = message.maxTracesPerSecond;
                return object;
            };

            /**
             * Converts this RateLimitingSamplingStrategy to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RateLimitingSamplingStrategy.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RateLimitingSamplingStrategy
             * @function getTypeUrl
             * @memberof jaeger.api_v2.RateLimitingSamplingStrategy
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RateLimitingSamplingStrategy.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.RateLimitingSamplingStrategy";
            };

            return RateLimitingSamplingStrategy;
        })();

        api_v2.OperationSamplingStrategy = (function() {

            /**
             * Properties of an OperationSamplingStrategy.
             * @memberof jaeger.api_v2
             * @interface IOperationSamplingStrategy
             * @property {string|null} [operation] OperationSamplingStrategy operation
             * @property {jaeger.api_v2.IProbabilisticSamplingStrategy|null} [probabilisticSampling] OperationSamplingStrategy probabilisticSampling
             */

            /**
             * Constructs a new OperationSamplingStrategy.
             * @memberof jaeger.api_v2
             * @classdesc Represents an OperationSamplingStrategy.
             * @implements IOperationSamplingStrategy
             * @constructor
             * @param {jaeger.api_v2.IOperationSamplingStrategy=} [properties] Properties to set
             */
            function OperationSamplingStrategy(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OperationSamplingStrategy operation.
             * @member {string} operation
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @instance
             */
            OperationSamplingStrategy.prototype.operation = "";

            /**
             * OperationSamplingStrategy probabilisticSampling.
             * @member {jaeger.api_v2.IProbabilisticSamplingStrategy|null|undefined} probabilisticSampling
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @instance
             */
            OperationSamplingStrategy.prototype.probabilisticSampling = null;

            /**
             * Creates a new OperationSamplingStrategy instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IOperationSamplingStrategy=} [properties] Properties to set
             * @returns {jaeger.api_v2.OperationSamplingStrategy} OperationSamplingStrategy instance
             */
            OperationSamplingStrategy.create = function create(properties) {
                return new OperationSamplingStrategy(properties);
            };

            /**
             * Encodes the specified OperationSamplingStrategy message. Does not implicitly {@link jaeger.api_v2.OperationSamplingStrategy.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IOperationSamplingStrategy} message OperationSamplingStrategy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OperationSamplingStrategy.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.operation != null && Object.hasOwnProperty.call(message, "operation"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.operation);
                if (message.probabilisticSampling != null && Object.hasOwnProperty.call(message, "probabilisticSampling"))
                    $root.jaeger.api_v2.ProbabilisticSamplingStrategy.encode(message.probabilisticSampling, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified OperationSamplingStrategy message, length delimited. Does not implicitly {@link jaeger.api_v2.OperationSamplingStrategy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {jaeger.api_v2.IOperationSamplingStrategy} message OperationSamplingStrategy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OperationSamplingStrategy.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an OperationSamplingStrategy message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.OperationSamplingStrategy} OperationSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OperationSamplingStrategy.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.OperationSamplingStrategy();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.operation = reader.string();
                            break;
                        }
                    case 2: {
                            message.probabilisticSampling = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an OperationSamplingStrategy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.OperationSamplingStrategy} OperationSamplingStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OperationSamplingStrategy.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an OperationSamplingStrategy message.
             * @function verify
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OperationSamplingStrategy.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.operation != null && Object.hasOwnProperty.call(message, "operation"))
                    if (!$util.isString(message.operation))
                        return "operation: string expected";
                if (message.probabilisticSampling != null && Object.hasOwnProperty.call(message, "probabilisticSampling")) {
                    let error = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.verify(message.probabilisticSampling, long + 1);
                    if (error)
                        return "probabilisticSampling." + error;
                }
                return null;
            };

            /**
             * Creates an OperationSamplingStrategy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.OperationSamplingStrategy} OperationSamplingStrategy
             */
            OperationSamplingStrategy.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.OperationSamplingStrategy)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.OperationSamplingStrategy: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.OperationSamplingStrategy();
                if (object.operation != null)
                    message.operation = String(object.operation);
                if (object.probabilisticSampling != null) {
                    if (!$util.isObject(object.probabilisticSampling))
                        throw TypeError(".jaeger.api_v2.OperationSamplingStrategy.probabilisticSampling: object expected");
                    message.probabilisticSampling = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.fromObject(object.probabilisticSampling, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an OperationSamplingStrategy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {jaeger.api_v2.OperationSamplingStrategy} message OperationSamplingStrategy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OperationSamplingStrategy.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.operation = "";
                    object.probabilisticSampling = null;
                }
                if (message.operation != null && Object.hasOwnProperty.call(message, "operation"))
                    object.operation = message.operation;
                if (message.probabilisticSampling != null && Object.hasOwnProperty.call(message, "probabilisticSampling"))
                    object.probabilisticSampling = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.toObject(message.probabilisticSampling, options, q + 1);
                return object;
            };

            /**
             * Converts this OperationSamplingStrategy to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OperationSamplingStrategy.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for OperationSamplingStrategy
             * @function getTypeUrl
             * @memberof jaeger.api_v2.OperationSamplingStrategy
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OperationSamplingStrategy.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.OperationSamplingStrategy";
            };

            return OperationSamplingStrategy;
        })();

        api_v2.PerOperationSamplingStrategies = (function() {

            /**
             * Properties of a PerOperationSamplingStrategies.
             * @memberof jaeger.api_v2
             * @interface IPerOperationSamplingStrategies
             * @property {number|null} [defaultSamplingProbability] PerOperationSamplingStrategies defaultSamplingProbability
             * @property {number|null} [defaultLowerBoundTracesPerSecond] PerOperationSamplingStrategies defaultLowerBoundTracesPerSecond
             * @property {Array.<jaeger.api_v2.IOperationSamplingStrategy>|null} [perOperationStrategies] PerOperationSamplingStrategies perOperationStrategies
             * @property {number|null} [defaultUpperBoundTracesPerSecond] PerOperationSamplingStrategies defaultUpperBoundTracesPerSecond
             */

            /**
             * Constructs a new PerOperationSamplingStrategies.
             * @memberof jaeger.api_v2
             * @classdesc Represents a PerOperationSamplingStrategies.
             * @implements IPerOperationSamplingStrategies
             * @constructor
             * @param {jaeger.api_v2.IPerOperationSamplingStrategies=} [properties] Properties to set
             */
            function PerOperationSamplingStrategies(properties) {
                this.perOperationStrategies = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PerOperationSamplingStrategies defaultSamplingProbability.
             * @member {number} defaultSamplingProbability
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @instance
             */
            PerOperationSamplingStrategies.prototype.defaultSamplingProbability = 0;

            /**
             * PerOperationSamplingStrategies defaultLowerBoundTracesPerSecond.
             * @member {number} defaultLowerBoundTracesPerSecond
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @instance
             */
            PerOperationSamplingStrategies.prototype.defaultLowerBoundTracesPerSecond = 0;

            /**
             * PerOperationSamplingStrategies perOperationStrategies.
             * @member {Array.<jaeger.api_v2.IOperationSamplingStrategy>} perOperationStrategies
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @instance
             */
            PerOperationSamplingStrategies.prototype.perOperationStrategies = $util.emptyArray;

            /**
             * PerOperationSamplingStrategies defaultUpperBoundTracesPerSecond.
             * @member {number} defaultUpperBoundTracesPerSecond
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @instance
             */
            PerOperationSamplingStrategies.prototype.defaultUpperBoundTracesPerSecond = 0;

            /**
             * Creates a new PerOperationSamplingStrategies instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {jaeger.api_v2.IPerOperationSamplingStrategies=} [properties] Properties to set
             * @returns {jaeger.api_v2.PerOperationSamplingStrategies} PerOperationSamplingStrategies instance
             */
            PerOperationSamplingStrategies.create = function create(properties) {
                return new PerOperationSamplingStrategies(properties);
            };

            /**
             * Encodes the specified PerOperationSamplingStrategies message. Does not implicitly {@link jaeger.api_v2.PerOperationSamplingStrategies.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {jaeger.api_v2.IPerOperationSamplingStrategies} message PerOperationSamplingStrategies message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PerOperationSamplingStrategies.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.defaultSamplingProbability != null && Object.hasOwnProperty.call(message, "defaultSamplingProbability"))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.defaultSamplingProbability);
                if (message.defaultLowerBoundTracesPerSecond != null && Object.hasOwnProperty.call(message, "defaultLowerBoundTracesPerSecond"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.defaultLowerBoundTracesPerSecond);
                if (message.perOperationStrategies != null && message.perOperationStrategies.length)
                    for (let i = 0; i < message.perOperationStrategies.length; ++i)
                        $root.jaeger.api_v2.OperationSamplingStrategy.encode(message.perOperationStrategies[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.defaultUpperBoundTracesPerSecond != null && Object.hasOwnProperty.call(message, "defaultUpperBoundTracesPerSecond"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.defaultUpperBoundTracesPerSecond);
                return writer;
            };

            /**
             * Encodes the specified PerOperationSamplingStrategies message, length delimited. Does not implicitly {@link jaeger.api_v2.PerOperationSamplingStrategies.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {jaeger.api_v2.IPerOperationSamplingStrategies} message PerOperationSamplingStrategies message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PerOperationSamplingStrategies.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a PerOperationSamplingStrategies message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.PerOperationSamplingStrategies} PerOperationSamplingStrategies
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PerOperationSamplingStrategies.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.PerOperationSamplingStrategies();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.defaultSamplingProbability = reader.double();
                            break;
                        }
                    case 2: {
                            message.defaultLowerBoundTracesPerSecond = reader.double();
                            break;
                        }
                    case 3: {
                            if (!(message.perOperationStrategies && message.perOperationStrategies.length))
                                message.perOperationStrategies = [];
                            message.perOperationStrategies.push($root.jaeger.api_v2.OperationSamplingStrategy.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.defaultUpperBoundTracesPerSecond = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a PerOperationSamplingStrategies message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.PerOperationSamplingStrategies} PerOperationSamplingStrategies
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PerOperationSamplingStrategies.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a PerOperationSamplingStrategies message.
             * @function verify
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PerOperationSamplingStrategies.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.defaultSamplingProbability != null && Object.hasOwnProperty.call(message, "defaultSamplingProbability"))
                    if (typeof message.defaultSamplingProbability !== "number")
                        return "defaultSamplingProbability: number expected";
                if (message.defaultLowerBoundTracesPerSecond != null && Object.hasOwnProperty.call(message, "defaultLowerBoundTracesPerSecond"))
                    if (typeof message.defaultLowerBoundTracesPerSecond !== "number")
                        return "defaultLowerBoundTracesPerSecond: number expected";
                if (message.perOperationStrategies != null && Object.hasOwnProperty.call(message, "perOperationStrategies")) {
                    if (!Array.isArray(message.perOperationStrategies))
                        return "perOperationStrategies: array expected";
                    for (let i = 0; i < message.perOperationStrategies.length; ++i) {
                        let error = $root.jaeger.api_v2.OperationSamplingStrategy.verify(message.perOperationStrategies[i], long + 1);
                        if (error)
                            return "perOperationStrategies." + error;
                    }
                }
                if (message.defaultUpperBoundTracesPerSecond != null && Object.hasOwnProperty.call(message, "defaultUpperBoundTracesPerSecond"))
                    if (typeof message.defaultUpperBoundTracesPerSecond !== "number")
                        return "defaultUpperBoundTracesPerSecond: number expected";
                return null;
            };

            /**
             * Creates a PerOperationSamplingStrategies message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.PerOperationSamplingStrategies} PerOperationSamplingStrategies
             */
            PerOperationSamplingStrategies.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.PerOperationSamplingStrategies)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.PerOperationSamplingStrategies: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.PerOperationSamplingStrategies();
                if (object.defaultSamplingProbability != null)
                    message.defaultSamplingProbability = Number(object.defaultSamplingProbability);
                if (object.defaultLowerBoundTracesPerSecond != null)
                    message.defaultLowerBoundTracesPerSecond = Number(object.defaultLowerBoundTracesPerSecond);
                if (object.perOperationStrategies) {
                    if (!Array.isArray(object.perOperationStrategies))
                        throw TypeError(".jaeger.api_v2.PerOperationSamplingStrategies.perOperationStrategies: array expected");
                    message.perOperationStrategies = [];
                    for (let i = 0; i < object.perOperationStrategies.length; ++i) {
                        if (!$util.isObject(object.perOperationStrategies[i]))
                            throw TypeError(".jaeger.api_v2.PerOperationSamplingStrategies.perOperationStrategies: object expected");
                        message.perOperationStrategies[i] = $root.jaeger.api_v2.OperationSamplingStrategy.fromObject(object.perOperationStrategies[i], long + 1);
                    }
                }
                if (object.defaultUpperBoundTracesPerSecond != null)
                    message.defaultUpperBoundTracesPerSecond = Number(object.defaultUpperBoundTracesPerSecond);
                return message;
            };

            /**
             * Creates a plain object from a PerOperationSamplingStrategies message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {jaeger.api_v2.PerOperationSamplingStrategies} message PerOperationSamplingStrategies
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PerOperationSamplingStrategies.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.perOperationStrategies = [];
                if (options.defaults) {
                    object.defaultSamplingProbability = 0;
                    object.defaultLowerBoundTracesPerSecond = 0;
                    object.defaultUpperBoundTracesPerSecond = 0;
                }
                if (message.defaultSamplingProbability != null && Object.hasOwnProperty.call(message, "defaultSamplingProbability"))
                    object.defaultSamplingProbability = options.json && !isFinite(message.defaultSamplingProbability) ? String(message.defaultSamplingProbability) : message.defaultSamplingProbability;
                if (message.defaultLowerBoundTracesPerSecond != null && Object.hasOwnProperty.call(message, "defaultLowerBoundTracesPerSecond"))
                    object.defaultLowerBoundTracesPerSecond = options.json && !isFinite(message.defaultLowerBoundTracesPerSecond) ? String(message.defaultLowerBoundTracesPerSecond) : message.defaultLowerBoundTracesPerSecond;
                if (message.perOperationStrategies && message.perOperationStrategies.length) {
                    object.perOperationStrategies = [];
                    for (let j = 0; j < message.perOperationStrategies.length; ++j)
                        object.perOperationStrategies[j] = $root.jaeger.api_v2.OperationSamplingStrategy.toObject(message.perOperationStrategies[j], options, q + 1);
                }
                if (message.defaultUpperBoundTracesPerSecond != null && Object.hasOwnProperty.call(message, "defaultUpperBoundTracesPerSecond"))
                    object.defaultUpperBoundTracesPerSecond = options.json && !isFinite(message.defaultUpperBoundTracesPerSecond) ? String(message.defaultUpperBoundTracesPerSecond) : message.defaultUpperBoundTracesPerSecond;
                return object;
            };

            /**
             * Converts this PerOperationSamplingStrategies to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PerOperationSamplingStrategies.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PerOperationSamplingStrategies
             * @function getTypeUrl
             * @memberof jaeger.api_v2.PerOperationSamplingStrategies
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PerOperationSamplingStrategies.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.PerOperationSamplingStrategies";
            };

            return PerOperationSamplingStrategies;
        })();

        api_v2.SamplingStrategyResponse = (function() {

            /**
             * Properties of a SamplingStrategyResponse.
             * @memberof jaeger.api_v2
             * @interface ISamplingStrategyResponse
             * @property {jaeger.api_v2.SamplingStrategyType|null} [strategyType] SamplingStrategyResponse strategyType
             * @property {jaeger.api_v2.IProbabilisticSamplingStrategy|null} [probabilisticSampling] SamplingStrategyResponse probabilisticSampling
             * @property {jaeger.api_v2.IRateLimitingSamplingStrategy|null} [rateLimitingSampling] SamplingStrategyResponse rateLimitingSampling
             * @property {jaeger.api_v2.IPerOperationSamplingStrategies|null} [operationSampling] SamplingStrategyResponse operationSampling
             */

            /**
             * Constructs a new SamplingStrategyResponse.
             * @memberof jaeger.api_v2
             * @classdesc Represents a SamplingStrategyResponse.
             * @implements ISamplingStrategyResponse
             * @constructor
             * @param {jaeger.api_v2.ISamplingStrategyResponse=} [properties] Properties to set
             */
            function SamplingStrategyResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SamplingStrategyResponse strategyType.
             * @member {jaeger.api_v2.SamplingStrategyType} strategyType
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @instance
             */
            SamplingStrategyResponse.prototype.strategyType = 0;

            /**
             * SamplingStrategyResponse probabilisticSampling.
             * @member {jaeger.api_v2.IProbabilisticSamplingStrategy|null|undefined} probabilisticSampling
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @instance
             */
            SamplingStrategyResponse.prototype.probabilisticSampling = null;

            /**
             * SamplingStrategyResponse rateLimitingSampling.
             * @member {jaeger.api_v2.IRateLimitingSamplingStrategy|null|undefined} rateLimitingSampling
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @instance
             */
            SamplingStrategyResponse.prototype.rateLimitingSampling = null;

            /**
             * SamplingStrategyResponse operationSampling.
             * @member {jaeger.api_v2.IPerOperationSamplingStrategies|null|undefined} operationSampling
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @instance
             */
            SamplingStrategyResponse.prototype.operationSampling = null;

            /**
             * Creates a new SamplingStrategyResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {jaeger.api_v2.ISamplingStrategyResponse=} [properties] Properties to set
             * @returns {jaeger.api_v2.SamplingStrategyResponse} SamplingStrategyResponse instance
             */
            SamplingStrategyResponse.create = function create(properties) {
                return new SamplingStrategyResponse(properties);
            };

            /**
             * Encodes the specified SamplingStrategyResponse message. Does not implicitly {@link jaeger.api_v2.SamplingStrategyResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {jaeger.api_v2.ISamplingStrategyResponse} message SamplingStrategyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SamplingStrategyResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.strategyType != null && Object.hasOwnProperty.call(message, "strategyType"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.strategyType);
                if (message.probabilisticSampling != null && Object.hasOwnProperty.call(message, "probabilisticSampling"))
                    $root.jaeger.api_v2.ProbabilisticSamplingStrategy.encode(message.probabilisticSampling, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.rateLimitingSampling != null && Object.hasOwnProperty.call(message, "rateLimitingSampling"))
                    $root.jaeger.api_v2.RateLimitingSamplingStrategy.encode(message.rateLimitingSampling, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.operationSampling != null && Object.hasOwnProperty.call(message, "operationSampling"))
                    $root.jaeger.api_v2.PerOperationSamplingStrategies.encode(message.operationSampling, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified SamplingStrategyResponse message, length delimited. Does not implicitly {@link jaeger.api_v2.SamplingStrategyResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {jaeger.api_v2.ISamplingStrategyResponse} message SamplingStrategyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SamplingStrategyResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SamplingStrategyResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.SamplingStrategyResponse} SamplingStrategyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SamplingStrategyResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.SamplingStrategyResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.strategyType = reader.int32();
                            break;
                        }
                    case 2: {
                            message.probabilisticSampling = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.rateLimitingSampling = $root.jaeger.api_v2.RateLimitingSamplingStrategy.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.operationSampling = $root.jaeger.api_v2.PerOperationSamplingStrategies.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SamplingStrategyResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.SamplingStrategyResponse} SamplingStrategyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SamplingStrategyResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SamplingStrategyResponse message.
             * @function verify
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SamplingStrategyResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.strategyType != null && Object.hasOwnProperty.call(message, "strategyType"))
                    switch (message.strategyType) {
                    default:
                        return "strategyType: enum value expected";
                    case 0:
                    case 1:
                        break;
                    }
                if (message.probabilisticSampling != null && Object.hasOwnProperty.call(message, "probabilisticSampling")) {
                    let error = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.verify(message.probabilisticSampling, long + 1);
                    if (error)
                        return "probabilisticSampling." + error;
                }
                if (message.rateLimitingSampling != null && Object.hasOwnProperty.call(message, "rateLimitingSampling")) {
                    let error = $root.jaeger.api_v2.RateLimitingSamplingStrategy.verify(message.rateLimitingSampling, long + 1);
                    if (error)
                        return "rateLimitingSampling." + error;
                }
                if (message.operationSampling != null && Object.hasOwnProperty.call(message, "operationSampling")) {
                    let error = $root.jaeger.api_v2.PerOperationSamplingStrategies.verify(message.operationSampling, long + 1);
                    if (error)
                        return "operationSampling." + error;
                }
                return null;
            };

            /**
             * Creates a SamplingStrategyResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.SamplingStrategyResponse} SamplingStrategyResponse
             */
            SamplingStrategyResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.SamplingStrategyResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.SamplingStrategyResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.SamplingStrategyResponse();
                switch (object.strategyType) {
                default:
                    if (typeof object.strategyType === "number") {
                        message.strategyType = object.strategyType;
                        break;
                    }
                    break;
                case "PROBABILISTIC":
                case 0:
                    message.strategyType = 0;
                    break;
                case "RATE_LIMITING":
                case 1:
                    message.strategyType = 1;
                    break;
                }
                if (object.probabilisticSampling != null) {
                    if (!$util.isObject(object.probabilisticSampling))
                        throw TypeError(".jaeger.api_v2.SamplingStrategyResponse.probabilisticSampling: object expected");
                    message.probabilisticSampling = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.fromObject(object.probabilisticSampling, long + 1);
                }
                if (object.rateLimitingSampling != null) {
                    if (!$util.isObject(object.rateLimitingSampling))
                        throw TypeError(".jaeger.api_v2.SamplingStrategyResponse.rateLimitingSampling: object expected");
                    message.rateLimitingSampling = $root.jaeger.api_v2.RateLimitingSamplingStrategy.fromObject(object.rateLimitingSampling, long + 1);
                }
                if (object.operationSampling != null) {
                    if (!$util.isObject(object.operationSampling))
                        throw TypeError(".jaeger.api_v2.SamplingStrategyResponse.operationSampling: object expected");
                    message.operationSampling = $root.jaeger.api_v2.PerOperationSamplingStrategies.fromObject(object.operationSampling, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SamplingStrategyResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {jaeger.api_v2.SamplingStrategyResponse} message SamplingStrategyResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SamplingStrategyResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.strategyType = options.enums === String ? "PROBABILISTIC" : 0;
                    object.probabilisticSampling = null;
                    object.rateLimitingSampling = null;
                    object.operationSampling = null;
                }
                if (message.strategyType != null && Object.hasOwnProperty.call(message, "strategyType"))
                    object.strategyType = options.enums === String ? $root.jaeger.api_v2.SamplingStrategyType[message.strategyType] === undefined ? message.strategyType : $root.jaeger.api_v2.SamplingStrategyType[message.strategyType] : message.strategyType;
                if (message.probabilisticSampling != null && Object.hasOwnProperty.call(message, "probabilisticSampling"))
                    object.probabilisticSampling = $root.jaeger.api_v2.ProbabilisticSamplingStrategy.toObject(message.probabilisticSampling, options, q + 1);
                if (message.rateLimitingSampling != null && Object.hasOwnProperty.call(message, "rateLimitingSampling"))
                    object.rateLimitingSampling = $root.jaeger.api_v2.RateLimitingSamplingStrategy.toObject(message.rateLimitingSampling, options, q + 1);
                if (message.operationSampling != null && Object.hasOwnProperty.call(message, "operationSampling"))
                    object.operationSampling = $root.jaeger.api_v2.PerOperationSamplingStrategies.toObject(message.operationSampling, options, q + 1);
                return object;
            };

            /**
             * Converts this SamplingStrategyResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SamplingStrategyResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SamplingStrategyResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v2.SamplingStrategyResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SamplingStrategyResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.SamplingStrategyResponse";
            };

            return SamplingStrategyResponse;
        })();

        api_v2.SamplingStrategyParameters = (function() {

            /**
             * Properties of a SamplingStrategyParameters.
             * @memberof jaeger.api_v2
             * @interface ISamplingStrategyParameters
             * @property {string|null} [serviceName] SamplingStrategyParameters serviceName
             */

            /**
             * Constructs a new SamplingStrategyParameters.
             * @memberof jaeger.api_v2
             * @classdesc Represents a SamplingStrategyParameters.
             * @implements ISamplingStrategyParameters
             * @constructor
             * @param {jaeger.api_v2.ISamplingStrategyParameters=} [properties] Properties to set
             */
            function SamplingStrategyParameters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SamplingStrategyParameters serviceName.
             * @member {string} serviceName
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @instance
             */
            SamplingStrategyParameters.prototype.serviceName = "";

            /**
             * Creates a new SamplingStrategyParameters instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {jaeger.api_v2.ISamplingStrategyParameters=} [properties] Properties to set
             * @returns {jaeger.api_v2.SamplingStrategyParameters} SamplingStrategyParameters instance
             */
            SamplingStrategyParameters.create = function create(properties) {
                return new SamplingStrategyParameters(properties);
            };

            /**
             * Encodes the specified SamplingStrategyParameters message. Does not implicitly {@link jaeger.api_v2.SamplingStrategyParameters.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {jaeger.api_v2.ISamplingStrategyParameters} message SamplingStrategyParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SamplingStrategyParameters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                return writer;
            };

            /**
             * Encodes the specified SamplingStrategyParameters message, length delimited. Does not implicitly {@link jaeger.api_v2.SamplingStrategyParameters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {jaeger.api_v2.ISamplingStrategyParameters} message SamplingStrategyParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SamplingStrategyParameters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SamplingStrategyParameters message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.SamplingStrategyParameters} SamplingStrategyParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SamplingStrategyParameters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v2.SamplingStrategyParameters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.serviceName = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SamplingStrategyParameters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v2.SamplingStrategyParameters} SamplingStrategyParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SamplingStrategyParameters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SamplingStrategyParameters message.
             * @function verify
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SamplingStrategyParameters.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    if (!$util.isString(message.serviceName))
                        return "serviceName: string expected";
                return null;
            };

            /**
             * Creates a SamplingStrategyParameters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v2.SamplingStrategyParameters} SamplingStrategyParameters
             */
            SamplingStrategyParameters.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v2.SamplingStrategyParameters)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v2.SamplingStrategyParameters: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v2.SamplingStrategyParameters();
                if (object.serviceName != null)
                    message.serviceName = String(object.serviceName);
                return message;
            };

            /**
             * Creates a plain object from a SamplingStrategyParameters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {jaeger.api_v2.SamplingStrategyParameters} message SamplingStrategyParameters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SamplingStrategyParameters.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.serviceName = "";
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    object.serviceName = message.serviceName;
                return object;
            };

            /**
             * Converts this SamplingStrategyParameters to JSON.
             * @function toJSON
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SamplingStrategyParameters.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SamplingStrategyParameters
             * @function getTypeUrl
             * @memberof jaeger.api_v2.SamplingStrategyParameters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SamplingStrategyParameters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.SamplingStrategyParameters";
            };

            return SamplingStrategyParameters;
        })();

        api_v2.SamplingManager = (function() {

            /**
             * Constructs a new SamplingManager service.
             * @memberof jaeger.api_v2
             * @classdesc Represents a SamplingManager
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function SamplingManager(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (SamplingManager.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = SamplingManager;

            /**
             * Creates new SamplingManager service using the specified rpc implementation.
             * @function create
             * @memberof jaeger.api_v2.SamplingManager
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {SamplingManager} RPC service. Useful where requests and/or responses are streamed.
             */
            SamplingManager.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link jaeger.api_v2.SamplingManager#getSamplingStrategy}.
             * @memberof jaeger.api_v2.SamplingManager
             * @typedef GetSamplingStrategyCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v2.SamplingStrategyResponse} [response] SamplingStrategyResponse
             */

            /**
             * Calls GetSamplingStrategy.
             * @function getSamplingStrategy
             * @memberof jaeger.api_v2.SamplingManager
             * @instance
             * @param {jaeger.api_v2.ISamplingStrategyParameters} request SamplingStrategyParameters message or plain object
             * @param {jaeger.api_v2.SamplingManager.GetSamplingStrategyCallback} callback Node-style callback called with the error, if any, and SamplingStrategyResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(SamplingManager.prototype.getSamplingStrategy = function getSamplingStrategy(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getSamplingStrategy, $root.jaeger.api_v2.SamplingStrategyParameters, $root.jaeger.api_v2.SamplingStrategyResponse, request, callback);
            }, "name", { value: "GetSamplingStrategy" });

            /**
             * Calls GetSamplingStrategy.
             * @function getSamplingStrategy
             * @memberof jaeger.api_v2.SamplingManager
             * @instance
             * @param {jaeger.api_v2.ISamplingStrategyParameters} request SamplingStrategyParameters message or plain object
             * @returns {Promise<jaeger.api_v2.SamplingStrategyResponse>} Promise
             * @variation 2
             */

            return SamplingManager;
        })();

        return api_v2;
    })();

    jaeger.api_v3 = (function() {

        /**
         * Namespace api_v3.
         * @memberof jaeger
         * @namespace
         */
        const api_v3 = {};

        api_v3.GetTraceRequest = (function() {

            /**
             * Properties of a GetTraceRequest.
             * @memberof jaeger.api_v3
             * @interface IGetTraceRequest
             * @property {string|null} [traceId] GetTraceRequest traceId
             * @property {google.protobuf.ITimestamp|null} [startTime] GetTraceRequest startTime
             * @property {google.protobuf.ITimestamp|null} [endTime] GetTraceRequest endTime
             * @property {boolean|null} [rawTraces] GetTraceRequest rawTraces
             */

            /**
             * Constructs a new GetTraceRequest.
             * @memberof jaeger.api_v3
             * @classdesc Represents a GetTraceRequest.
             * @implements IGetTraceRequest
             * @constructor
             * @param {jaeger.api_v3.IGetTraceRequest=} [properties] Properties to set
             */
            function GetTraceRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetTraceRequest traceId.
             * @member {string} traceId
             * @memberof jaeger.api_v3.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.traceId = "";

            /**
             * GetTraceRequest startTime.
             * @member {google.protobuf.ITimestamp|null|undefined} startTime
             * @memberof jaeger.api_v3.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.startTime = null;

            /**
             * GetTraceRequest endTime.
             * @member {google.protobuf.ITimestamp|null|undefined} endTime
             * @memberof jaeger.api_v3.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.endTime = null;

            /**
             * GetTraceRequest rawTraces.
             * @member {boolean} rawTraces
             * @memberof jaeger.api_v3.GetTraceRequest
             * @instance
             */
            GetTraceRequest.prototype.rawTraces = false;

            /**
             * Creates a new GetTraceRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {jaeger.api_v3.IGetTraceRequest=} [properties] Properties to set
             * @returns {jaeger.api_v3.GetTraceRequest} GetTraceRequest instance
             */
            GetTraceRequest.create = function create(properties) {
                return new GetTraceRequest(properties);
            };

            /**
             * Encodes the specified GetTraceRequest message. Does not implicitly {@link jaeger.api_v3.GetTraceRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {jaeger.api_v3.IGetTraceRequest} message GetTraceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetTraceRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.traceId);
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    $root.google.protobuf.Timestamp.encode(message.endTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.rawTraces);
                return writer;
            };

            /**
             * Encodes the specified GetTraceRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.GetTraceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {jaeger.api_v3.IGetTraceRequest} message GetTraceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetTraceRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.GetTraceRequest} GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetTraceRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.GetTraceRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.traceId = reader.string();
                            break;
                        }
                    case 2: {
                            message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.endTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.rawTraces = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetTraceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.GetTraceRequest} GetTraceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetTraceRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetTraceRequest message.
             * @function verify
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetTraceRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    if (!$util.isString(message.traceId))
                        return "traceId: string expected";
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTime, long + 1);
                    if (error)
                        return "startTime." + error;
                }
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.endTime, long + 1);
                    if (error)
                        return "endTime." + error;
                }
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    if (typeof message.rawTraces !== "boolean")
                        return "rawTraces: boolean expected";
                return null;
            };

            /**
             * Creates a GetTraceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.GetTraceRequest} GetTraceRequest
             */
            GetTraceRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.GetTraceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v3.GetTraceRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v3.GetTraceRequest();
                if (object.traceId != null)
                    message.traceId = String(object.traceId);
                if (object.startTime != null) {
                    if (!$util.isObject(object.startTime))
                        throw TypeError(".jaeger.api_v3.GetTraceRequest.startTime: object expected");
                    message.startTime = $root.google.protobuf.Timestamp.fromObject(object.startTime, long + 1);
                }
                if (object.endTime != null) {
                    if (!$util.isObject(object.endTime))
                        throw TypeError(".jaeger.api_v3.GetTraceRequest.endTime: object expected");
                    message.endTime = $root.google.protobuf.Timestamp.fromObject(object.endTime, long + 1);
                }
                if (object.rawTraces != null)
                    message.rawTraces = Boolean(object.rawTraces);
                return message;
            };

            /**
             * Creates a plain object from a GetTraceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {jaeger.api_v3.GetTraceRequest} message GetTraceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetTraceRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.traceId = "";
                    object.startTime = null;
                    object.endTime = null;
                    object.rawTraces = false;
                }
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    object.traceId = message.traceId;
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    object.startTime = $root.google.protobuf.Timestamp.toObject(message.startTime, options, q + 1);
                if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                    object.endTime = $root.google.protobuf.Timestamp.toObject(message.endTime, options, q + 1);
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    object.rawTraces = message.rawTraces;
                return object;
            };

            /**
             * Converts this GetTraceRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.GetTraceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetTraceRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetTraceRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v3.GetTraceRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetTraceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.GetTraceRequest";
            };

            return GetTraceRequest;
        })();

        api_v3.TraceQueryParameters = (function() {

            /**
             * Properties of a TraceQueryParameters.
             * @memberof jaeger.api_v3
             * @interface ITraceQueryParameters
             * @property {string|null} [serviceName] TraceQueryParameters serviceName
             * @property {string|null} [operationName] TraceQueryParameters operationName
             * @property {Object.<string,string>|null} [attributes] TraceQueryParameters attributes
             * @property {google.protobuf.ITimestamp|null} [startTimeMin] TraceQueryParameters startTimeMin
             * @property {google.protobuf.ITimestamp|null} [startTimeMax] TraceQueryParameters startTimeMax
             * @property {google.protobuf.IDuration|null} [durationMin] TraceQueryParameters durationMin
             * @property {google.protobuf.IDuration|null} [durationMax] TraceQueryParameters durationMax
             * @property {number|null} [searchDepth] TraceQueryParameters searchDepth
             * @property {boolean|null} [rawTraces] TraceQueryParameters rawTraces
             */

            /**
             * Constructs a new TraceQueryParameters.
             * @memberof jaeger.api_v3
             * @classdesc Represents a TraceQueryParameters.
             * @implements ITraceQueryParameters
             * @constructor
             * @param {jaeger.api_v3.ITraceQueryParameters=} [properties] Properties to set
             */
            function TraceQueryParameters(properties) {
                this.attributes = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TraceQueryParameters serviceName.
             * @member {string} serviceName
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.serviceName = "";

            /**
             * TraceQueryParameters operationName.
             * @member {string} operationName
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.operationName = "";

            /**
             * TraceQueryParameters attributes.
             * @member {Object.<string,string>} attributes
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.attributes = $util.emptyObject;

            /**
             * TraceQueryParameters startTimeMin.
             * @member {google.protobuf.ITimestamp|null|undefined} startTimeMin
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.startTimeMin = null;

            /**
             * TraceQueryParameters startTimeMax.
             * @member {google.protobuf.ITimestamp|null|undefined} startTimeMax
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.startTimeMax = null;

            /**
             * TraceQueryParameters durationMin.
             * @member {google.protobuf.IDuration|null|undefined} durationMin
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.durationMin = null;

            /**
             * TraceQueryParameters durationMax.
             * @member {google.protobuf.IDuration|null|undefined} durationMax
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.durationMax = null;

            /**
             * TraceQueryParameters searchDepth.
             * @member {number} searchDepth
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.searchDepth = 0;

            /**
             * TraceQueryParameters rawTraces.
             * @member {boolean} rawTraces
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             */
            TraceQueryParameters.prototype.rawTraces = false;

            /**
             * Creates a new TraceQueryParameters instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {jaeger.api_v3.ITraceQueryParameters=} [properties] Properties to set
             * @returns {jaeger.api_v3.TraceQueryParameters} TraceQueryParameters instance
             */
            TraceQueryParameters.create = function create(properties) {
                return new TraceQueryParameters(properties);
            };

            /**
             * Encodes the specified TraceQueryParameters message. Does not implicitly {@link jaeger.api_v3.TraceQueryParameters.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {jaeger.api_v3.ITraceQueryParameters} message TraceQueryParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TraceQueryParameters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.operationName);
                if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                if (message.startTimeMin != null && Object.hasOwnProperty.call(message, "startTimeMin"))
                    $root.google.protobuf.Timestamp.encode(message.startTimeMin, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.startTimeMax != null && Object.hasOwnProperty.call(message, "startTimeMax"))
                    $root.google.protobuf.Timestamp.encode(message.startTimeMax, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.durationMin != null && Object.hasOwnProperty.call(message, "durationMin"))
                    $root.google.protobuf.Duration.encode(message.durationMin, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.durationMax != null && Object.hasOwnProperty.call(message, "durationMax"))
                    $root.google.protobuf.Duration.encode(message.durationMax, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.searchDepth != null && Object.hasOwnProperty.call(message, "searchDepth"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.searchDepth);
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.rawTraces);
                return writer;
            };

            /**
             * Encodes the specified TraceQueryParameters message, length delimited. Does not implicitly {@link jaeger.api_v3.TraceQueryParameters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {jaeger.api_v3.ITraceQueryParameters} message TraceQueryParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TraceQueryParameters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.TraceQueryParameters} TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TraceQueryParameters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.TraceQueryParameters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.serviceName = reader.string();
                            break;
                        }
                    case 2: {
                            message.operationName = reader.string();
                            break;
                        }
                    case 3: {
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attributes, key);
                            message.attributes[key] = value;
                            break;
                        }
                    case 4: {
                            message.startTimeMin = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.startTimeMax = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.durationMin = $root.google.protobuf.Duration.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.durationMax = $root.google.protobuf.Duration.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.searchDepth = reader.int32();
                            break;
                        }
                    case 9: {
                            message.rawTraces = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a TraceQueryParameters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.TraceQueryParameters} TraceQueryParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TraceQueryParameters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TraceQueryParameters message.
             * @function verify
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TraceQueryParameters.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    if (!$util.isString(message.serviceName))
                        return "serviceName: string expected";
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    if (!$util.isString(message.operationName))
                        return "operationName: string expected";
                if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes")) {
                    if (!$util.isObject(message.attributes))
                        return "attributes: object expected";
                    let key = Object.keys(message.attributes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attributes[key[i]]))
                            return "attributes: string{k:string} expected";
                }
                if (message.startTimeMin != null && Object.hasOwnProperty.call(message, "startTimeMin")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTimeMin, long + 1);
                    if (error)
                        return "startTimeMin." + error;
                }
                if (message.startTimeMax != null && Object.hasOwnProperty.call(message, "startTimeMax")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startTimeMax, long + 1);
                    if (error)
                        return "startTimeMax." + error;
                }
                if (message.durationMin != null && Object.hasOwnProperty.call(message, "durationMin")) {
                    let error = $root.google.protobuf.Duration.verify(message.durationMin, long + 1);
                    if (error)
                        return "durationMin." + error;
                }
                if (message.durationMax != null && Object.hasOwnProperty.call(message, "durationMax")) {
                    let error = $root.google.protobuf.Duration.verify(message.durationMax, long + 1);
                    if (error)
                        return "durationMax." + error;
                }
                if (message.searchDepth != null && Object.hasOwnProperty.call(message, "searchDepth"))
                    if (!$util.isInteger(message.searchDepth))
                        return "searchDepth: integer expected";
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    if (typeof message.rawTraces !== "boolean")
                        return "rawTraces: boolean expected";
                return null;
            };

            /**
             * Creates a TraceQueryParameters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.TraceQueryParameters} TraceQueryParameters
             */
            TraceQueryParameters.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.TraceQueryParameters)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v3.TraceQueryParameters: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v3.TraceQueryParameters();
                if (object.serviceName != null)
                    message.serviceName = String(object.serviceName);
                if (object.operationName != null)
                    message.operationName = String(object.operationName);
                if (object.attributes) {
                    if (!$util.isObject(object.attributes))
                        throw TypeError(".jaeger.api_v3.TraceQueryParameters.attributes: object expected");
                    message.attributes = {};
                    for (let keys = Object.keys(object.attributes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.attributes, keys[i]);
                        message.attributes[keys[i]] = String(object.attributes[keys[i]]);
                    }
                }
                if (object.startTimeMin != null) {
                    if (!$util.isObject(object.startTimeMin))
                        throw TypeError(".jaeger.api_v3.TraceQueryParameters.startTimeMin: object expected");
                    message.startTimeMin = $root.google.protobuf.Timestamp.fromObject(object.startTimeMin, long + 1);
                }
                if (object.startTimeMax != null) {
                    if (!$util.isObject(object.startTimeMax))
                        throw TypeError(".jaeger.api_v3.TraceQueryParameters.startTimeMax: object expected");
                    message.startTimeMax = $root.google.protobuf.Timestamp.fromObject(object.startTimeMax, long + 1);
                }
                if (object.durationMin != null) {
                    if (!$util.isObject(object.durationMin))
                        throw TypeError(".jaeger.api_v3.TraceQueryParameters.durationMin: object expected");
                    message.durationMin = $root.google.protobuf.Duration.fromObject(object.durationMin, long + 1);
                }
                if (object.durationMax != null) {
                    if (!$util.isObject(object.durationMax))
                        throw TypeError(".jaeger.api_v3.TraceQueryParameters.durationMax: object expected");
                    message.durationMax = $root.google.protobuf.Duration.fromObject(object.durationMax, long + 1);
                }
                if (object.searchDepth != null)
                    message.searchDepth = object.searchDepth | 0;
                if (object.rawTraces != null)
                    message.rawTraces = Boolean(object.rawTraces);
                return message;
            };

            /**
             * Creates a plain object from a TraceQueryParameters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {jaeger.api_v3.TraceQueryParameters} message TraceQueryParameters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TraceQueryParameters.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.attributes = {};
                if (options.defaults) {
                    object.serviceName = "";
                    object.operationName = "";
                    object.startTimeMin = null;
                    object.startTimeMax = null;
                    object.durationMin = null;
                    object.durationMax = null;
                    object.searchDepth = 0;
                    object.rawTraces = false;
                }
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    object.serviceName = message.serviceName;
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    object.operationName = message.operationName;
                let keys2;
                if (message.attributes && (keys2 = Object.keys(message.attributes)).length) {
                    object.attributes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.attributes, keys2[j]);
                        object.attributes[keys2[j]] = message.attributes[keys2[j]];
                    }
                }
                if (message.startTimeMin != null && Object.hasOwnProperty.call(message, "startTimeMin"))
                    object.startTimeMin = $root.google.protobuf.Timestamp.toObject(message.startTimeMin, options, q + 1);
                if (message.startTimeMax != null && Object.hasOwnProperty.call(message, "startTimeMax"))
                    object.startTimeMax = $root.google.protobuf.Timestamp.toObject(message.startTimeMax, options, q + 1);
                if (message.durationMin != null && Object.hasOwnProperty.call(message, "durationMin"))
                    object.durationMin = $root.google.protobuf.Duration.toObject(message.durationMin, options, q + 1);
                if (message.durationMax != null && Object.hasOwnProperty.call(message, "durationMax"))
                    object.durationMax = $root.google.protobuf.Duration.toObject(message.durationMax, options, q + 1);
                if (message.searchDepth != null && Object.hasOwnProperty.call(message, "searchDepth"))
                    object.searchDepth = message.searchDepth;
                if (message.rawTraces != null && Object.hasOwnProperty.call(message, "rawTraces"))
                    object.rawTraces = message.rawTraces;
                return object;
            };

            /**
             * Converts this TraceQueryParameters to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TraceQueryParameters.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TraceQueryParameters
             * @function getTypeUrl
             * @memberof jaeger.api_v3.TraceQueryParameters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TraceQueryParameters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.TraceQueryParameters";
            };

            return TraceQueryParameters;
        })();

        api_v3.FindTracesRequest = (function() {

            /**
             * Properties of a FindTracesRequest.
             * @memberof jaeger.api_v3
             * @interface IFindTracesRequest
             * @property {jaeger.api_v3.ITraceQueryParameters|null} [query] FindTracesRequest query
             */

            /**
             * Constructs a new FindTracesRequest.
             * @memberof jaeger.api_v3
             * @classdesc Represents a FindTracesRequest.
             * @implements IFindTracesRequest
             * @constructor
             * @param {jaeger.api_v3.IFindTracesRequest=} [properties] Properties to set
             */
            function FindTracesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FindTracesRequest query.
             * @member {jaeger.api_v3.ITraceQueryParameters|null|undefined} query
             * @memberof jaeger.api_v3.FindTracesRequest
             * @instance
             */
            FindTracesRequest.prototype.query = null;

            /**
             * Creates a new FindTracesRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {jaeger.api_v3.IFindTracesRequest=} [properties] Properties to set
             * @returns {jaeger.api_v3.FindTracesRequest} FindTracesRequest instance
             */
            FindTracesRequest.create = function create(properties) {
                return new FindTracesRequest(properties);
            };

            /**
             * Encodes the specified FindTracesRequest message. Does not implicitly {@link jaeger.api_v3.FindTracesRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {jaeger.api_v3.IFindTracesRequest} message FindTracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FindTracesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.query != null && Object.hasOwnProperty.call(message, "query"))
                    $root.jaeger.api_v3.TraceQueryParameters.encode(message.query, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified FindTracesRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.FindTracesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {jaeger.api_v3.IFindTracesRequest} message FindTracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FindTracesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.FindTracesRequest} FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FindTracesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.FindTracesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.query = $root.jaeger.api_v3.TraceQueryParameters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FindTracesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.FindTracesRequest} FindTracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FindTracesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FindTracesRequest message.
             * @function verify
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FindTracesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.query != null && Object.hasOwnProperty.call(message, "query")) {
                    let error = $root.jaeger.api_v3.TraceQueryParameters.verify(message.query, long + 1);
                    if (error)
                        return "query." + error;
                }
                return null;
            };

            /**
             * Creates a FindTracesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.FindTracesRequest} FindTracesRequest
             */
            FindTracesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.FindTracesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v3.FindTracesRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v3.FindTracesRequest();
                if (object.query != null) {
                    if (!$util.isObject(object.query))
                        throw TypeError(".jaeger.api_v3.FindTracesRequest.query: object expected");
                    message.query = $root.jaeger.api_v3.TraceQueryParameters.fromObject(object.query, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a FindTracesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {jaeger.api_v3.FindTracesRequest} message FindTracesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FindTracesRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.query = null;
                if (message.query != null && Object.hasOwnProperty.call(message, "query"))
                    object.query = $root.jaeger.api_v3.TraceQueryParameters.toObject(message.query, options, q + 1);
                return object;
            };

            /**
             * Converts this FindTracesRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.FindTracesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FindTracesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FindTracesRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v3.FindTracesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FindTracesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.FindTracesRequest";
            };

            return FindTracesRequest;
        })();

        api_v3.GetServicesRequest = (function() {

            /**
             * Properties of a GetServicesRequest.
             * @memberof jaeger.api_v3
             * @interface IGetServicesRequest
             */

            /**
             * Constructs a new GetServicesRequest.
             * @memberof jaeger.api_v3
             * @classdesc Represents a GetServicesRequest.
             * @implements IGetServicesRequest
             * @constructor
             * @param {jaeger.api_v3.IGetServicesRequest=} [properties] Properties to set
             */
            function GetServicesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetServicesRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {jaeger.api_v3.IGetServicesRequest=} [properties] Properties to set
             * @returns {jaeger.api_v3.GetServicesRequest} GetServicesRequest instance
             */
            GetServicesRequest.create = function create(properties) {
                return new GetServicesRequest(properties);
            };

            /**
             * Encodes the specified GetServicesRequest message. Does not implicitly {@link jaeger.api_v3.GetServicesRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {jaeger.api_v3.IGetServicesRequest} message GetServicesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Encodes the specified GetServicesRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.GetServicesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {jaeger.api_v3.IGetServicesRequest} message GetServicesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.GetServicesRequest} GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.GetServicesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetServicesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.GetServicesRequest} GetServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetServicesRequest message.
             * @function verify
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetServicesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a GetServicesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.GetServicesRequest} GetServicesRequest
             */
            GetServicesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.GetServicesRequest)
                    return object;
                return new $root.jaeger.api_v3.GetServicesRequest();
            };

            /**
             * Creates a plain object from a GetServicesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {jaeger.api_v3.GetServicesRequest} message GetServicesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetServicesRequest.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this GetServicesRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.GetServicesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetServicesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetServicesRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v3.GetServicesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetServicesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.GetServicesRequest";
            };

            return GetServicesRequest;
        })();

        api_v3.GetServicesResponse = (function() {

            /**
             * Properties of a GetServicesResponse.
             * @memberof jaeger.api_v3
             * @interface IGetServicesResponse
             * @property {Array.<string>|null} [services] GetServicesResponse services
             */

            /**
             * Constructs a new GetServicesResponse.
             * @memberof jaeger.api_v3
             * @classdesc Represents a GetServicesResponse.
             * @implements IGetServicesResponse
             * @constructor
             * @param {jaeger.api_v3.IGetServicesResponse=} [properties] Properties to set
             */
            function GetServicesResponse(properties) {
                this.services = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetServicesResponse services.
             * @member {Array.<string>} services
             * @memberof jaeger.api_v3.GetServicesResponse
             * @instance
             */
            GetServicesResponse.prototype.services = $util.emptyArray;

            /**
             * Creates a new GetServicesResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {jaeger.api_v3.IGetServicesResponse=} [properties] Properties to set
             * @returns {jaeger.api_v3.GetServicesResponse} GetServicesResponse instance
             */
            GetServicesResponse.create = function create(properties) {
                return new GetServicesResponse(properties);
            };

            /**
             * Encodes the specified GetServicesResponse message. Does not implicitly {@link jaeger.api_v3.GetServicesResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {jaeger.api_v3.IGetServicesResponse} message GetServicesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.services != null && message.services.length)
                    for (let i = 0; i < message.services.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.services[i]);
                return writer;
            };

            /**
             * Encodes the specified GetServicesResponse message, length delimited. Does not implicitly {@link jaeger.api_v3.GetServicesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {jaeger.api_v3.IGetServicesResponse} message GetServicesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetServicesResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.GetServicesResponse} GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.GetServicesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.services && message.services.length))
                                message.services = [];
                            message.services.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetServicesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.GetServicesResponse} GetServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetServicesResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetServicesResponse message.
             * @function verify
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetServicesResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.services != null && Object.hasOwnProperty.call(message, "services")) {
                    if (!Array.isArray(message.services))
                        return "services: array expected";
                    for (let i = 0; i < message.services.length; ++i)
                        if (!$util.isString(message.services[i]))
                            return "services: string[] expected";
                }
                return null;
            };

            /**
             * Creates a GetServicesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.GetServicesResponse} GetServicesResponse
             */
            GetServicesResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.GetServicesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v3.GetServicesResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v3.GetServicesResponse();
                if (object.services) {
                    if (!Array.isArray(object.services))
                        throw TypeError(".jaeger.api_v3.GetServicesResponse.services: array expected");
                    message.services = [];
                    for (let i = 0; i < object.services.length; ++i)
                        message.services[i] = String(object.services[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetServicesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {jaeger.api_v3.GetServicesResponse} message GetServicesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetServicesResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.services = [];
                if (message.services && message.services.length) {
                    object.services = [];
                    for (let j = 0; j < message.services.length; ++j)
                        object.services[j] = message.services[j];
                }
                return object;
            };

            /**
             * Converts this GetServicesResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.GetServicesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetServicesResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetServicesResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v3.GetServicesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetServicesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.GetServicesResponse";
            };

            return GetServicesResponse;
        })();

        api_v3.GetOperationsRequest = (function() {

            /**
             * Properties of a GetOperationsRequest.
             * @memberof jaeger.api_v3
             * @interface IGetOperationsRequest
             * @property {string|null} [service] GetOperationsRequest service
             * @property {string|null} [spanKind] GetOperationsRequest spanKind
             */

            /**
             * Constructs a new GetOperationsRequest.
             * @memberof jaeger.api_v3
             * @classdesc Represents a GetOperationsRequest.
             * @implements IGetOperationsRequest
             * @constructor
             * @param {jaeger.api_v3.IGetOperationsRequest=} [properties] Properties to set
             */
            function GetOperationsRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetOperationsRequest service.
             * @member {string} service
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @instance
             */
            GetOperationsRequest.prototype.service = "";

            /**
             * GetOperationsRequest spanKind.
             * @member {string} spanKind
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @instance
             */
            GetOperationsRequest.prototype.spanKind = "";

            /**
             * Creates a new GetOperationsRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {jaeger.api_v3.IGetOperationsRequest=} [properties] Properties to set
             * @returns {jaeger.api_v3.GetOperationsRequest} GetOperationsRequest instance
             */
            GetOperationsRequest.create = function create(properties) {
                return new GetOperationsRequest(properties);
            };

            /**
             * Encodes the specified GetOperationsRequest message. Does not implicitly {@link jaeger.api_v3.GetOperationsRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {jaeger.api_v3.IGetOperationsRequest} message GetOperationsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.spanKind);
                return writer;
            };

            /**
             * Encodes the specified GetOperationsRequest message, length delimited. Does not implicitly {@link jaeger.api_v3.GetOperationsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {jaeger.api_v3.IGetOperationsRequest} message GetOperationsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.GetOperationsRequest} GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.GetOperationsRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.service = reader.string();
                            break;
                        }
                    case 2: {
                            message.spanKind = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetOperationsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.GetOperationsRequest} GetOperationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetOperationsRequest message.
             * @function verify
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetOperationsRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    if (!$util.isString(message.service))
                        return "service: string expected";
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    if (!$util.isString(message.spanKind))
                        return "spanKind: string expected";
                return null;
            };

            /**
             * Creates a GetOperationsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.GetOperationsRequest} GetOperationsRequest
             */
            GetOperationsRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.GetOperationsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v3.GetOperationsRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v3.GetOperationsRequest();
                if (object.service != null)
                    message.service = String(object.service);
                if (object.spanKind != null)
                    message.spanKind = String(object.spanKind);
                return message;
            };

            /**
             * Creates a plain object from a GetOperationsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {jaeger.api_v3.GetOperationsRequest} message GetOperationsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetOperationsRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.service = "";
                    object.spanKind = "";
                }
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    object.service = message.service;
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    object.spanKind = message.spanKind;
                return object;
            };

            /**
             * Converts this GetOperationsRequest to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetOperationsRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetOperationsRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v3.GetOperationsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetOperationsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.GetOperationsRequest";
            };

            return GetOperationsRequest;
        })();

        api_v3.Operation = (function() {

            /**
             * Properties of an Operation.
             * @memberof jaeger.api_v3
             * @interface IOperation
             * @property {string|null} [name] Operation name
             * @property {string|null} [spanKind] Operation spanKind
             */

            /**
             * Constructs a new Operation.
             * @memberof jaeger.api_v3
             * @classdesc Represents an Operation.
             * @implements IOperation
             * @constructor
             * @param {jaeger.api_v3.IOperation=} [properties] Properties to set
             */
            function Operation(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Operation name.
             * @member {string} name
             * @memberof jaeger.api_v3.Operation
             * @instance
             */
            Operation.prototype.name = "";

            /**
             * Operation spanKind.
             * @member {string} spanKind
             * @memberof jaeger.api_v3.Operation
             * @instance
             */
            Operation.prototype.spanKind = "";

            /**
             * Creates a new Operation instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {jaeger.api_v3.IOperation=} [properties] Properties to set
             * @returns {jaeger.api_v3.Operation} Operation instance
             */
            Operation.create = function create(properties) {
                return new Operation(properties);
            };

            /**
             * Encodes the specified Operation message. Does not implicitly {@link jaeger.api_v3.Operation.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {jaeger.api_v3.IOperation} message Operation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Operation.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.spanKind);
                return writer;
            };

            /**
             * Encodes the specified Operation message, length delimited. Does not implicitly {@link jaeger.api_v3.Operation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {jaeger.api_v3.IOperation} message Operation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Operation.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.Operation} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Operation.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.Operation();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.spanKind = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Operation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.Operation} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Operation.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Operation message.
             * @function verify
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Operation.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    if (!$util.isString(message.spanKind))
                        return "spanKind: string expected";
                return null;
            };

            /**
             * Creates an Operation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.Operation} Operation
             */
            Operation.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.Operation)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v3.Operation: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v3.Operation();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.spanKind != null)
                    message.spanKind = String(object.spanKind);
                return message;
            };

            /**
             * Creates a plain object from an Operation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {jaeger.api_v3.Operation} message Operation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Operation.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.spanKind = "";
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.spanKind != null && Object.hasOwnProperty.call(message, "spanKind"))
                    object.spanKind = message.spanKind;
                return object;
            };

            /**
             * Converts this Operation to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.Operation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Operation.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Operation
             * @function getTypeUrl
             * @memberof jaeger.api_v3.Operation
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Operation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.Operation";
            };

            return Operation;
        })();

        api_v3.GetOperationsResponse = (function() {

            /**
             * Properties of a GetOperationsResponse.
             * @memberof jaeger.api_v3
             * @interface IGetOperationsResponse
             * @property {Array.<jaeger.api_v3.IOperation>|null} [operations] GetOperationsResponse operations
             */

            /**
             * Constructs a new GetOperationsResponse.
             * @memberof jaeger.api_v3
             * @classdesc Represents a GetOperationsResponse.
             * @implements IGetOperationsResponse
             * @constructor
             * @param {jaeger.api_v3.IGetOperationsResponse=} [properties] Properties to set
             */
            function GetOperationsResponse(properties) {
                this.operations = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetOperationsResponse operations.
             * @member {Array.<jaeger.api_v3.IOperation>} operations
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @instance
             */
            GetOperationsResponse.prototype.operations = $util.emptyArray;

            /**
             * Creates a new GetOperationsResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {jaeger.api_v3.IGetOperationsResponse=} [properties] Properties to set
             * @returns {jaeger.api_v3.GetOperationsResponse} GetOperationsResponse instance
             */
            GetOperationsResponse.create = function create(properties) {
                return new GetOperationsResponse(properties);
            };

            /**
             * Encodes the specified GetOperationsResponse message. Does not implicitly {@link jaeger.api_v3.GetOperationsResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {jaeger.api_v3.IGetOperationsResponse} message GetOperationsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.operations != null && message.operations.length)
                    for (let i = 0; i < message.operations.length; ++i)
                        $root.jaeger.api_v3.Operation.encode(message.operations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified GetOperationsResponse message, length delimited. Does not implicitly {@link jaeger.api_v3.GetOperationsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {jaeger.api_v3.IGetOperationsResponse} message GetOperationsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetOperationsResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v3.GetOperationsResponse} GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.jaeger.api_v3.GetOperationsResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.operations && message.operations.length))
                                message.operations = [];
                            message.operations.push($root.jaeger.api_v3.Operation.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a GetOperationsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {jaeger.api_v3.GetOperationsResponse} GetOperationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetOperationsResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetOperationsResponse message.
             * @function verify
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetOperationsResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.operations != null && Object.hasOwnProperty.call(message, "operations")) {
                    if (!Array.isArray(message.operations))
                        return "operations: array expected";
                    for (let i = 0; i < message.operations.length; ++i) {
                        let error = $root.jaeger.api_v3.Operation.verify(message.operations[i], long + 1);
                        if (error)
                            return "operations." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a GetOperationsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jaeger.api_v3.GetOperationsResponse} GetOperationsResponse
             */
            GetOperationsResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.jaeger.api_v3.GetOperationsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".jaeger.api_v3.GetOperationsResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.jaeger.api_v3.GetOperationsResponse();
                if (object.operations) {
                    if (!Array.isArray(object.operations))
                        throw TypeError(".jaeger.api_v3.GetOperationsResponse.operations: array expected");
                    message.operations = [];
                    for (let i = 0; i < object.operations.length; ++i) {
                        if (!$util.isObject(object.operations[i]))
                            throw TypeError(".jaeger.api_v3.GetOperationsResponse.operations: object expected");
                        message.operations[i] = $root.jaeger.api_v3.Operation.fromObject(object.operations[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a GetOperationsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {jaeger.api_v3.GetOperationsResponse} message GetOperationsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetOperationsResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.operations = [];
                if (message.operations && message.operations.length) {
                    object.operations = [];
                    for (let j = 0; j < message.operations.length; ++j)
                        object.operations[j] = $root.jaeger.api_v3.Operation.toObject(message.operations[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this GetOperationsResponse to JSON.
             * @function toJSON
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetOperationsResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetOperationsResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v3.GetOperationsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetOperationsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v3.GetOperationsResponse";
            };

            return GetOperationsResponse;
        })();

        api_v3.QueryService = (function() {

            /**
             * Constructs a new QueryService service.
             * @memberof jaeger.api_v3
             * @classdesc Represents a QueryService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function QueryService(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (QueryService.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = QueryService;

            /**
             * Creates new QueryService service using the specified rpc implementation.
             * @function create
             * @memberof jaeger.api_v3.QueryService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {QueryService} RPC service. Useful where requests and/or responses are streamed.
             */
            QueryService.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#getTrace}.
             * @memberof jaeger.api_v3.QueryService
             * @typedef GetTraceCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {opentelemetry.proto.trace.v1.TracesData} [response] TracesData
             */

            /**
             * Calls GetTrace.
             * @function getTrace
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IGetTraceRequest} request GetTraceRequest message or plain object
             * @param {jaeger.api_v3.QueryService.GetTraceCallback} callback Node-style callback called with the error, if any, and TracesData
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.getTrace = function getTrace(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getTrace, $root.jaeger.api_v3.GetTraceRequest, $root.opentelemetry.proto.trace.v1.TracesData, request, callback);
            }, "name", { value: "GetTrace" });

            /**
             * Calls GetTrace.
             * @function getTrace
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IGetTraceRequest} request GetTraceRequest message or plain object
             * @returns {Promise<opentelemetry.proto.trace.v1.TracesData>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#findTraces}.
             * @memberof jaeger.api_v3.QueryService
             * @typedef FindTracesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {opentelemetry.proto.trace.v1.TracesData} [response] TracesData
             */

            /**
             * Calls FindTraces.
             * @function findTraces
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IFindTracesRequest} request FindTracesRequest message or plain object
             * @param {jaeger.api_v3.QueryService.FindTracesCallback} callback Node-style callback called with the error, if any, and TracesData
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.findTraces = function findTraces(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, findTraces, $root.jaeger.api_v3.FindTracesRequest, $root.opentelemetry.proto.trace.v1.TracesData, request, callback);
            }, "name", { value: "FindTraces" });

            /**
             * Calls FindTraces.
             * @function findTraces
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IFindTracesRequest} request FindTracesRequest message or plain object
             * @returns {Promise<opentelemetry.proto.trace.v1.TracesData>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#getServices}.
             * @memberof jaeger.api_v3.QueryService
             * @typedef GetServicesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v3.GetServicesResponse} [response] GetServicesResponse
             */

            /**
             * Calls GetServices.
             * @function getServices
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IGetServicesRequest} request GetServicesRequest message or plain object
             * @param {jaeger.api_v3.QueryService.GetServicesCallback} callback Node-style callback called with the error, if any, and GetServicesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.getServices = function getServices(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getServices, $root.jaeger.api_v3.GetServicesRequest, $root.jaeger.api_v3.GetServicesResponse, request, callback);
            }, "name", { value: "GetServices" });

            /**
             * Calls GetServices.
             * @function getServices
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IGetServicesRequest} request GetServicesRequest message or plain object
             * @returns {Promise<jaeger.api_v3.GetServicesResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link jaeger.api_v3.QueryService#getOperations}.
             * @memberof jaeger.api_v3.QueryService
             * @typedef GetOperationsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {jaeger.api_v3.GetOperationsResponse} [response] GetOperationsResponse
             */

            /**
             * Calls GetOperations.
             * @function getOperations
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IGetOperationsRequest} request GetOperationsRequest message or plain object
             * @param {jaeger.api_v3.QueryService.GetOperationsCallback} callback Node-style callback called with the error, if any, and GetOperationsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(QueryService.prototype.getOperations = function getOperations(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getOperations, $root.jaeger.api_v3.GetOperationsRequest, $root.jaeger.api_v3.GetOperationsResponse, request, callback);
            }, "name", { value: "GetOperations" });

            /**
             * Calls GetOperations.
             * @function getOperations
             * @memberof jaeger.api_v3.QueryService
             * @instance
             * @param {jaeger.api_v3.IGetOperationsRequest} request GetOperationsRequest message or plain object
             * @returns {Promise<jaeger.api_v3.GetOperationsResponse>} Promise
             * @variation 2
             */

            return QueryService;
        })();

        return api_v3;
    })();

    return jaeger;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @property {Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @implements ITimestamp
             * @constructor
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             */
            function Timestamp(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Timestamp seconds.
             * @member {Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             */
            Timestamp.create = function create(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                return writer;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seconds = reader.int64();
                            break;
                        }
                    case 2: {
                            message.nanos = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Timestamp: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if ($util.Long)
                        message.seconds = $util.Long.fromValue(object.seconds, false);
                    else if (typeof object.seconds === "string")
                        message.seconds = parseInt(object.seconds, 10);
                    else if (typeof object.seconds === "number")
                        message.seconds = object.seconds;
                    else if (typeof object.seconds === "object")
                        message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seconds = typeof message.seconds === "number" ? BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === String ? String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Timestamp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @property {Long|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @implements IDuration
             * @constructor
             * @param {google.protobuf.IDuration=} [properties] Properties to set
             */
            function Duration(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Duration seconds.
             * @member {Long} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.IDuration=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             */
            Duration.create = function create(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.IDuration} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                return writer;
            };

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.IDuration} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Duration} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Duration();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seconds = reader.int64();
                            break;
                        }
                    case 2: {
                            message.nanos = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Duration} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Duration message.
             * @function verify
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Duration.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Duration} Duration
             */
            Duration.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Duration)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Duration: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.Duration();
                if (object.seconds != null)
                    if ($util.Long)
                        message.seconds = $util.Long.fromValue(object.seconds, false);
                    else if (typeof object.seconds === "string")
                        message.seconds = parseInt(object.seconds, 10);
                    else if (typeof object.seconds === "number")
                        message.seconds = object.seconds;
                    else if (typeof object.seconds === "object")
                        message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration} message Duration
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Duration.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seconds = typeof message.seconds === "number" ? BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === String ? String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Duration to JSON.
             * @function toJSON
             * @memberof google.protobuf.Duration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Duration.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Duration.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        return protobuf;
    })();

    return google;
})();

export { $root as default };
