# A read-only example from Docker's "Multi-stage builds" concept page (a Spring Boot
# project with the Maven wrapper); the lesson's project has no Java, so it does not build it.

# Single Stage ------------------------------------------------------

# A full JDK: compiler, Maven wrapper downloads, source and all
FROM eclipse-temurin:21.0.8_9-jdk-jammy

WORKDIR /app

# The Maven wrapper and the project description first, then the dependencies
COPY .mvn/ .mvn
COPY mvnw pom.xml ./
RUN ./mvnw dependency:go-offline

# The source last
COPY src ./src

# Compile and run with Maven every time the container starts
CMD ["./mvnw", "spring-boot:run"]
