package fr.cctlint.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import fr.cctlint.referential.PurlPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client -> server pair of the bundled data, as real packages appear in inventories (with versions, PyPI
 * spellings, Go major-version suffixes, npm scopes encoded), at least one per ecosystem per server.
 */
class ServiceInferencePairsTest {
    private static final BackingServices SERVICES = BackingServicesLoader.bundled();
    private static final ServiceInference INFERENCE = new ServiceInference(SERVICES);

    /** Client purl as a collector writes it, then the server id it implies. */
    static final String PAIRS = """
            pkg:maven/org.postgresql/postgresql@42.7.3                          postgresql
            pkg:maven/org.postgresql/r2dbc-postgresql@1.0.5.RELEASE             postgresql
            pkg:maven/io.quarkus/quarkus-jdbc-postgresql@3.8.4                  postgresql
            pkg:maven/io.vertx/vertx-pg-client@4.5.7                            postgresql
            pkg:npm/pg@8.11.5                                                   postgresql
            pkg:npm/pg-promise@11.6.0                                           postgresql
            pkg:npm/postgres@3.4.4                                              postgresql
            pkg:pypi/psycopg2@2.9.9                                             postgresql
            pkg:pypi/psycopg2-binary@2.9.9                                      postgresql
            pkg:pypi/psycopg@3.1.18                                             postgresql
            pkg:pypi/asyncpg@0.29.0                                             postgresql
            pkg:golang/github.com/jackc/pgx/v5@v5.5.5                           postgresql
            pkg:golang/github.com/jackc/pgx@v3.6.2                              postgresql
            pkg:golang/github.com/lib/pq@v1.10.9                                postgresql
            pkg:maven/com.mysql/mysql-connector-j@8.3.0                         mysql
            pkg:maven/mysql/mysql-connector-java@8.0.30                         mysql
            pkg:npm/mysql2@3.9.7                                                mysql
            pkg:npm/mysql@2.18.1                                                mysql
            pkg:pypi/pymysql@1.1.0                                              mysql
            pkg:pypi/PyMySQL@1.1.0                                              mysql
            pkg:pypi/mysqlclient@2.2.4                                          mysql
            pkg:pypi/mysql-connector-python@8.3.0                               mysql
            pkg:golang/github.com/go-sql-driver/mysql@v1.8.1                    mysql
            pkg:maven/org.mariadb.jdbc/mariadb-java-client@3.3.3                mariadb
            pkg:npm/mariadb@3.3.0                                               mariadb
            pkg:pypi/mariadb@1.1.10                                             mariadb
            pkg:maven/com.oracle.database.jdbc/ojdbc11@23.3.0.23.09             oracle-database
            pkg:maven/com.oracle.database.jdbc/ojdbc8@19.22.0.0                 oracle-database
            pkg:npm/oracledb@6.4.0                                              oracle-database
            pkg:pypi/cx_Oracle@8.3.0                                            oracle-database
            pkg:pypi/oracledb@2.1.2                                             oracle-database
            pkg:golang/github.com/godror/godror@v0.42.0                         oracle-database
            pkg:golang/github.com/sijms/go-ora/v2@v2.8.11                       oracle-database
            pkg:maven/org.mongodb/mongodb-driver-sync@4.11.1                    mongodb
            pkg:maven/org.mongodb/mongodb-driver-reactivestreams@5.0.0          mongodb
            pkg:maven/org.springframework.boot/spring-boot-starter-data-mongodb@3.2.5  mongodb
            pkg:npm/mongodb@6.5.0                                               mongodb
            pkg:npm/mongoose@8.3.2                                              mongodb
            pkg:pypi/pymongo@4.6.3                                              mongodb
            pkg:pypi/motor@3.4.0                                                mongodb
            pkg:golang/go.mongodb.org/mongo-driver@v1.15.0                      mongodb
            pkg:golang/go.mongodb.org/mongo-driver/v2@v2.0.0                    mongodb
            pkg:composer/mongodb/mongodb@1.18.1                                 mongodb
            pkg:maven/redis.clients/jedis@5.1.2                                 redis
            pkg:maven/io.lettuce/lettuce-core@6.3.2.RELEASE                     redis
            pkg:maven/org.redisson/redisson@3.29.0                              redis
            pkg:maven/org.redisson/redisson-spring-boot-starter@3.29.0          redis
            pkg:maven/org.springframework.boot/spring-boot-starter-data-redis@3.2.5  redis
            pkg:npm/redis@4.6.13                                                redis
            pkg:npm/ioredis@5.4.1                                               redis
            pkg:npm/%40redis/client@1.5.14                                      redis
            pkg:pypi/redis@5.0.4                                                redis
            pkg:golang/github.com/redis/go-redis/v9@v9.5.1                      redis
            pkg:golang/github.com/go-redis/redis/v8@v8.11.5                     redis
            pkg:composer/predis/predis@v2.2.2                                   redis
            pkg:maven/com.datastax.oss/java-driver-core@4.17.0                  cassandra
            pkg:maven/com.datastax.cassandra/cassandra-driver-core@3.11.5       cassandra
            pkg:maven/org.apache.cassandra/java-driver-core@4.18.1              cassandra
            pkg:npm/cassandra-driver@4.7.2                                      cassandra
            pkg:pypi/cassandra-driver@3.29.1                                    cassandra
            pkg:golang/github.com/gocql/gocql@v1.6.0                            cassandra
            pkg:maven/org.elasticsearch.client/elasticsearch-rest-client@8.13.2 elasticsearch
            pkg:maven/org.elasticsearch.client/elasticsearch-rest-high-level-client@7.17.20  elasticsearch
            pkg:maven/co.elastic.clients/elasticsearch-java@8.13.2              elasticsearch
            pkg:maven/org.springframework.boot/spring-boot-starter-data-elasticsearch@3.2.5  elasticsearch
            pkg:npm/%40elastic/elasticsearch@8.13.1                             elasticsearch
            pkg:pypi/elasticsearch@8.13.0                                       elasticsearch
            pkg:pypi/elasticsearch-dsl@8.13.1                                   elasticsearch
            pkg:golang/github.com/elastic/go-elasticsearch/v8@v8.13.1           elasticsearch
            pkg:golang/github.com/olivere/elastic/v7@v7.0.32                    elasticsearch
            pkg:composer/elasticsearch/elasticsearch@v8.13.0                    elasticsearch
            pkg:maven/org.opensearch.client/opensearch-java@2.10.1              opensearch
            pkg:npm/%40opensearch-project/opensearch@2.7.0                      opensearch
            pkg:pypi/opensearch-py@2.5.0                                        opensearch
            pkg:golang/github.com/opensearch-project/opensearch-go/v4@v4.0.0    opensearch
            pkg:composer/opensearch-project/opensearch-php@2.3.0                opensearch
            pkg:maven/org.apache.solr/solr-solrj@9.5.0                          solr
            pkg:npm/solr-client@0.10.0                                          solr
            pkg:pypi/pysolr@3.9.0                                               solr
            pkg:composer/solarium/solarium@6.3.5                                solr
            pkg:maven/org.apache.kafka/kafka-clients@3.7.0                      kafka
            pkg:maven/org.springframework.kafka/spring-kafka@3.1.4              kafka
            pkg:npm/kafkajs@2.2.4                                               kafka
            pkg:pypi/confluent-kafka@2.3.0                                      kafka
            pkg:pypi/kafka-python@2.0.2                                         kafka
            pkg:golang/github.com/segmentio/kafka-go@v0.4.47                    kafka
            pkg:golang/github.com/IBM/sarama@v1.43.1                            kafka
            pkg:composer/enqueue/rdkafka@0.10.19                                kafka
            pkg:maven/com.rabbitmq/amqp-client@5.21.0                           rabbitmq
            pkg:maven/org.springframework.amqp/spring-rabbit@3.1.4              rabbitmq
            pkg:maven/org.springframework.boot/spring-boot-starter-amqp@3.2.5   rabbitmq
            pkg:npm/amqplib@0.10.4                                              rabbitmq
            pkg:pypi/pika@1.3.2                                                 rabbitmq
            pkg:pypi/aio-pika@9.4.1                                             rabbitmq
            pkg:golang/github.com/rabbitmq/amqp091-go@v1.9.0                    rabbitmq
            pkg:composer/php-amqplib/php-amqplib@v3.6.1                         rabbitmq
            pkg:maven/org.apache.activemq/artemis-jms-client@2.33.0             activemq-artemis
            pkg:maven/org.apache.activemq/artemis-jakarta-client@2.33.0         activemq-artemis
            pkg:maven/org.springframework.boot/spring-boot-starter-artemis@3.2.5  activemq-artemis
            pkg:maven/org.apache.activemq/activemq-client@6.1.1                 activemq
            pkg:maven/org.apache.activemq/activemq-client-jakarta@5.18.4        activemq
            pkg:maven/org.keycloak/keycloak-spring-boot-starter@21.1.2          keycloak
            pkg:maven/org.keycloak/keycloak-admin-client@24.0.3                 keycloak
            pkg:maven/org.keycloak/keycloak-servlet-filter-adapter@21.1.2       keycloak
            pkg:maven/org.keycloak/keycloak-policy-enforcer@24.0.3              keycloak
            pkg:npm/keycloak-connect@24.0.3                                     keycloak
            pkg:npm/keycloak-js@24.0.3                                          keycloak
            pkg:pypi/python-keycloak@3.9.3                                      keycloak
            pkg:golang/github.com/Nerzal/gocloak/v13@v13.9.0                    keycloak
            pkg:composer/stevenmaguire/oauth2-keycloak@5.1.0                    keycloak
            pkg:maven/org.springframework.ldap/spring-ldap-core@3.2.3           ldap
            pkg:maven/com.unboundid/unboundid-ldapsdk@6.0.11                    ldap
            pkg:npm/ldapjs@3.0.7                                                ldap
            pkg:pypi/ldap3@2.9.1                                                ldap
            pkg:pypi/python-ldap@3.4.4                                          ldap
            pkg:golang/github.com/go-ldap/ldap/v3@v3.4.8                        ldap
            pkg:composer/symfony/ldap@v7.0.4                                    ldap
            pkg:maven/com.amazonaws/aws-java-sdk-s3@1.12.700                    s3
            pkg:maven/software.amazon.awssdk/s3@2.25.30                         s3
            pkg:maven/io.minio/minio@8.5.9                                      s3
            pkg:npm/%40aws-sdk/client-s3@3.556.0                                s3
            pkg:npm/minio@7.1.3                                                 s3
            pkg:pypi/boto3@1.34.88                                              s3
            pkg:pypi/minio@7.2.5                                                s3
            pkg:golang/github.com/aws/aws-sdk-go-v2/service/s3@v1.53.1          s3
            pkg:golang/github.com/minio/minio-go/v7@v7.0.69                     s3
            pkg:composer/aws/aws-sdk-php@3.305.0                                s3
            """;

    /** Packages close to clients that imply nothing: servers, ORMs, test helpers, look-alike names. */
    static final List<String> NOT_CLIENTS = List.of(
            "pkg:maven/org.hibernate.orm/hibernate-core@6.4.4.Final",
            "pkg:maven/org.testcontainers/postgresql@1.19.7",
            "pkg:maven/org.apache.cassandra/cassandra-all@4.1.4",
            "pkg:maven/org.elasticsearch/elasticsearch@7.17.20",
            "pkg:maven/org.keycloak/keycloak-core@24.0.3",
            "pkg:maven/org.springframework.boot/spring-boot-starter-jdbc@3.2.5",
            "pkg:maven/com.h2database/h2@2.2.224",
            "pkg:npm/pg-connection-string@2.6.4",
            "pkg:npm/knex@3.1.0",
            "pkg:npm/aws-sdk@2.1600.0",
            "pkg:pypi/sqlalchemy@2.0.29",
            "pkg:pypi/redis-om-less@1.0.0",
            "pkg:golang/github.com/jackc/pgconn-extra@v1.0.0",
            "pkg:golang/github.com/aws/aws-sdk-go@v1.51.25",
            "pkg:golang/gorm.io/gorm@v1.25.9",
            "pkg:composer/doctrine/dbal@3.8.3",
            "pkg:docker/library/postgres@16",
            "not a purl",
            "pkg:",
            "pkg:npm/%ZZ@1");

    static Stream<Arguments> pairs() {
        return PAIRS.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+"))
                .map(parts -> Arguments.of(parts[0], parts[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void clientImpliesItsServer(String clientPurl, String serverId) {
        Component client = library(clientPurl, Scope.RUNTIME);
        assertEquals(serverId, SERVICES.serverOf(client).map(BackingServices.Service::id).orElse("(none)"));
        Inventory out = INFERENCE.infer(inventory(List.of(client)));
        assertEquals(2, out.components().size());
        Component inferred = out.components().get(1);
        assertEquals("inferred:" + serverId, inferred.id());
        assertEquals(serverId, inferred.property(ServiceInference.SERVICE));
        assertEquals(client.displayName(), inferred.property(ServiceInference.INFERRED_FROM));
    }

    @Test
    void tableCoversEachEcosystemOfEachServer() {
        Set<String> covered = new HashSet<>();
        pairs().forEach(a -> covered.add(a.get()[1] + " " + PurlPattern.tryParse((String) a.get()[0]).orElseThrow().type()));
        Set<String> missing = new TreeSet<>();
        for (BackingServices.Service s : SERVICES.services()) {
            for (String client : s.clients()) {
                String pair = s.id() + " " + PurlPattern.tryParse(client).orElseThrow().type();
                if (!covered.contains(pair)) {
                    missing.add(pair);
                }
            }
        }
        assertTrue(missing.isEmpty(), "no example for " + missing);
    }

    @Test
    void lookAlikesAndServersImplyNothing() {
        for (String purl : NOT_CLIENTS) {
            Component c = library(purl, Scope.RUNTIME);
            assertTrue(SERVICES.serverOf(c).isEmpty(), purl);
        }
        Inventory in = inventory(NOT_CLIENTS.stream().map(p -> library(p, Scope.RUNTIME)).toList());
        assertEquals(in, INFERENCE.infer(in));
    }

    @Test
    void documentationNamesEveryServer() {
        String readme = resource("cct-rules/knowledge/README.md");
        for (BackingServices.Service s : SERVICES.services()) {
            assertTrue(readme.contains("`" + s.id() + "`"), "README.md does not document " + s.id());
        }
    }

    static Component library(String purl, Scope scope) {
        PurlPattern p = PurlPattern.tryParse(purl).orElse(new PurlPattern("generic", "", purl));
        String version = purl.contains("@") ? purl.substring(purl.lastIndexOf('@') + 1) : null;
        return new Component(purl, p.name(), p.namespace().isEmpty() ? null : p.namespace(), version, purl, null,
                ComponentType.LIBRARY, scope, false, List.of(new Evidence("manifest", 7, p.name())), Map.of());
    }

    static Inventory inventory(List<Component> components) {
        return new Inventory(new SourceInfo(SourceKind.FOLDER, "project", null, null, Map.of()),
                components, List.of(), 0);
    }

    private static String resource(String name) {
        try (InputStream in = ServiceInferencePairsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
