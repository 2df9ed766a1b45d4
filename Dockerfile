# The lab in a container. Build: docker build -t perflab .   Run: docker run -p 8080:8080 perflab
# Not exercised on the development machines (they have no Docker engine); kept in step with the
# README's commands.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY experiments experiments
COPY src src
COPY frontend frontend
RUN ./mvnw -B -DskipTests package

# A JDK rather than a JRE: the forks are full JVMs started from this java, and JFR and jcmd come with it.
# The lab runs from its extracted jar with a JDK AOT cache of the classes it loads while starting,
# trained here once (as the README's start command does): it starts in about half the time.
FROM eclipse-temurin:25-jdk
RUN useradd --system --create-home --home-dir /var/lib/perflab perflab
COPY --from=build /build/src/target/perflab.jar /opt/perflab/perflab.jar
RUN java -Djarmode=tools -jar /opt/perflab/perflab.jar extract --destination /opt/perflab/lab \
    && java -XX:AOTCacheOutput=/opt/perflab/lab/perflab.aot -Dspring.context.exit=onRefresh \
         -jar /opt/perflab/lab/perflab.jar --server.port=0 --lab.data-dir=/tmp/perflab-training --lab.class-caches=false \
    && rm -rf /tmp/perflab-training
USER perflab
WORKDIR /var/lib/perflab
ENV LAB_DATA_DIR=/var/lib/perflab/data
VOLUME /var/lib/perflab/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/opt/perflab/lab/perflab.aot", "-jar", "/opt/perflab/lab/perflab.jar"]
