# Build: docker build -t liqo-peering-wizard .
# Run:   docker run -p 8080:8080 -e WIZARD_PUBLIC_URL=https://wizard.example.org liqo-peering-wizard
# scripts/docker-steps runs these steps without Docker (build, extract, start, health check).

# Build with the project's Maven wrapper on a JDK, then split the jar into layers so that a code
# change rebuilds and ships only the small application layer.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && cp target/liqo-peering-wizard-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# Run on a JRE as an unprivileged user with a fixed numeric uid (deploy/kubernetes checks it).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 wizard
WORKDIR /app
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
USER 10001
EXPOSE 8080
# The JRE image promises no curl or wget: a small class of the application asks /actuator/health.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", "/app/BOOT-INF/classes", "dev.liqowizard.HealthCheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
