// A consumer of the span topic written with Confluent's Go client only (confluent-kafka-go/v2: its Kafka
// consumer and its schema-registry protobuf deserializer), reading what a Spanstream collector with
// --kafka.producer.schema-registry-url wrote. See README.md.
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/confluentinc/confluent-kafka-go/v2/kafka"
	"github.com/confluentinc/confluent-kafka-go/v2/schemaregistry"
	"github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/serde"
	"github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/serde/protobuf"
	"github.com/jhump/protoreflect/desc/protoparse"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/dynamicpb"
)

func main() {
	brokers := flag.String("brokers", "127.0.0.1:9092", "Kafka bootstrap servers")
	topic := flag.String("topic", "jaeger-spans", "span topic")
	registry := flag.String("registry", "http://127.0.0.1:8081/apis/ccompat/v7", "schema registry URL")
	idle := flag.Duration("idle", 10*time.Second, "stop after this long without a record")
	flag.Parse()

	client, err := schemaregistry.NewClient(schemaregistry.NewConfig(*registry))
	must(err)
	deser, err := protobuf.NewDeserializer(client, serde.ValueSerde, protobuf.NewDeserializerConfig())
	must(err)
	consumer, err := kafka.NewConsumer(&kafka.ConfigMap{
		"bootstrap.servers":  *brokers,
		"group.id":           fmt.Sprintf("confluent-go-%d", time.Now().UnixNano()),
		"auto.offset.reset":  "earliest",
		"enable.auto.commit": false,
	})
	must(err)
	defer consumer.Close()
	must(consumer.SubscribeTopics([]string{*topic}, nil))

	decoded, failed := 0, 0
	for {
		msg, err := consumer.ReadMessage(*idle)
		if err != nil {
			if err.(kafka.Error).IsTimeout() {
				break
			}
			panic(err)
		}
		if len(msg.Value) < 5 || msg.Value[0] != 0 {
			failed++
			fmt.Printf("offset %v: not framed\n", msg.TopicPartition.Offset)
			continue
		}
		registerType(client, deser, int(binary.BigEndian.Uint32(msg.Value[1:5])))
		value, err := deser.Deserialize(*topic, msg.Value)
		if err != nil {
			failed++
			fmt.Printf("offset %v: FAILED: %v\n", msg.TopicPartition.Offset, err)
			continue
		}
		decoded++
		text, _ := protojson.Marshal(value.(proto.Message))
		fmt.Printf("%s: %s\n", value.(proto.Message).ProtoReflect().Descriptor().FullName(), truncate(string(text), 120))
	}
	fmt.Printf("decoded %d, failed %d\n", decoded, failed)
	if failed > 0 || decoded == 0 {
		os.Exit(1)
	}
}

// registerType gives the deserializer a Go type for the schema's first message, as a user's generated
// code would: built from the registered schema, whose imports must all be registered references.
func registerType(client schemaregistry.Client, deser *protobuf.Deserializer, id int) {
	info, err := client.GetBySubjectAndID("", id)
	must(err)
	deps := map[string]string{}
	must(serde.ResolveReferences(client, info, deps))
	parser := protoparse.Parser{Accessor: func(name string) (io.ReadCloser, error) {
		if name == "." {
			return io.NopCloser(strings.NewReader(info.Schema)), nil
		}
		if schema, ok := deps[name]; ok {
			return io.NopCloser(strings.NewReader(schema)), nil
		}
		return nil, fmt.Errorf("import %s is not a registered reference of schema %d", name, id)
	}}
	files, err := parser.ParseFiles(".")
	must(err)
	message := files[0].GetMessageTypes()[0].UnwrapMessage()
	if _, err := deser.ProtoRegistry.FindMessageByName(message.FullName()); err == nil {
		return
	}
	must(deser.ProtoRegistry.RegisterMessage(dynamicpb.NewMessageType(message)))
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
