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
# The lab runs from its extracted jar with Spring's build-time processing of its beans and a JDK AOT
# cache of the classes it loads while starting and serving its first pages, both made here once, as
# the README's start command does (src/build/SpringAotJar.java, src/build/TrainLab.java;
# docs/performance.md, 4a).
FROM eclipse-temurin:25-jdk
RUN useradd --system --create-home --home-dir /var/lib/perflab perflab
COPY --from=build /build/src/target/perflab.jar /opt/perflab/perflab.jar
COPY src/build/SpringAotJar.java src/build/TrainLab.java /opt/perflab/
RUN java -Djarmode=tools -jar /opt/perflab/perflab.jar extract --destination /opt/perflab/lab \
    && java -cp /opt/perflab/lab/perflab.jar /opt/perflab/SpringAotJar.java dev.perflab.PerflabApplication \
         /tmp/perflab-spring-aot /opt/perflab/lab/perflab-aot.jar \
    && java /opt/perflab/TrainLab.java /opt/perflab/lab/perflab-aot.jar /opt/perflab/lab/perflab.aot /tmp/perflab-training \
    && rm -rf /tmp/perflab-training /tmp/perflab-spring-aot
USER perflab
WORKDIR /var/lib/perflab
ENV LAB_DATA_DIR=/var/lib/perflab/data
VOLUME /var/lib/perflab/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/opt/perflab/lab/perflab.aot", "-Dspring.aot.enabled=true", "-jar", "/opt/perflab/lab/perflab-aot.jar"]
