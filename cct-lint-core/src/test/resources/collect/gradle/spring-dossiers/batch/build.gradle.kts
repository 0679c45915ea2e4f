plugins {
    id("org.springframework.boot")
    kotlin("jvm") version "1.9.23"
    `java-library`
}

val quartzVersion: String by project
val poiVersion = "5.2.5"
extra["jjwtVersion"] = "0.12.5"

dependencies {
    implementation(platform("org.springframework.cloud:spring-cloud-dependencies:2023.0.1"))
    implementation("org.springframework.batch:spring-batch-core:5.1.1")
    implementation("org.quartz-scheduler:quartz:$quartzVersion")
    implementation("org.apache.poi:poi-ooxml:${poiVersion}")
    implementation("io.jsonwebtoken:jjwt-api:${property("jjwtVersion")}")
    implementation(kotlin("stdlib"))
    implementation(libs.spring.web)
    api("com.h2database:h2:2.2.224") // an embedded database { in a comment
    implementation(group = "org.apache.commons", name = "commons-csv", version = "1.10.0")
    "kapt"("org.mapstruct:mapstruct-processor:1.5.5.Final")
    testImplementation("org.springframework.batch:spring-batch-test:5.1.1")
    implementation(libs.does.not.exist)
    implementation("org.liquibase:liquibase-core:4.27.0") {
        exclude(group = "javax.xml.bind")
    }
    liquibaseRuntime("org.liquibase:liquibase-core:4.27.0")
    implementation(files("libs/legacy-client.jar"))
    val springdocVersion = "2.5.0"
    implementation("org.springdoc:springdoc-openapi-starter-webmvc-ui:$springdocVersion")
}
