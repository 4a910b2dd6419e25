# A read-only example from Docker's "Multi-stage builds" concept page (a Spring Boot
# project with the Maven wrapper); the lesson's project has no Java, so it does not build it.

# Build Stage -------------------------------------------------------

# A full JDK with the Maven wrapper builds the jar
FROM eclipse-temurin:21.0.8_9-jdk-jammy AS builder

WORKDIR /opt/app

# Dependencies first, so they are cached until pom.xml changes
COPY .mvn/ .mvn
COPY mvnw pom.xml ./
RUN ./mvnw dependency:go-offline

# Then the source, and the build
COPY ./src ./src
RUN ./mvnw clean install

# Runtime Stage -----------------------------------------------------

# Only a Java runtime (JRE): no compiler, no Maven
FROM eclipse-temurin:21.0.8_9-jre-jammy AS final

WORKDIR /opt/app
EXPOSE 8080

# The one artefact the build produced
COPY --from=builder /opt/app/target/*.jar /opt/app/app.jar

ENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]
