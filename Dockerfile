# Build: docker build -t liqo-peering-wizard .
# Run:   docker run -p 8080:8080 -e WIZARD_PUBLIC_URL=https://wizard.example.org liqo-peering-wizard
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/liqo-peering-wizard-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 wizard
USER 10001
COPY --from=build /app.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
