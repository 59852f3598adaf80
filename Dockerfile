# Builds the jar with Maven, then runs it against the Neo4j given by NEO4J_URI.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY cypher cypher
COPY web web
COPY src src
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/diplograph.jar /app/diplograph.jar
COPY --from=build /src/target/lib /app/lib
COPY seeds /app/seeds
ENV DIPLOGRAPH_HOST=0.0.0.0 DIPLOGRAPH_PORT=8080 DIPLOGRAPH_SEEDS=/app/seeds
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/diplograph.jar", "serve"]
