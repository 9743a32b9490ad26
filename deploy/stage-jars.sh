#!/usr/bin/env bash
# Stages the Beam job-server jars for Flink and Spark ahead of time, on a
# machine with access to Maven Central, so that nothing is downloaded when a
# job is launched (Beam would otherwise fetch them at launch). Copy $JAR_DIR
# to the launching machine afterwards if it is another one.
#   deploy/stage-jars.sh            # Flink 2.2 (Beam's default) and Spark 3
#   FLINK_VERSION=1.20 deploy/stage-jars.sh
source "$(dirname "$0")/_common.sh"
FLINK_VERSION="${FLINK_VERSION:-2.2}"
MAVEN=https://repo.maven.apache.org/maven2/org/apache/beam
mkdir -p "$JAR_DIR"
for artifact in "beam-runners-flink-${FLINK_VERSION}-job-server" "beam-runners-spark-3-job-server"; do
    jar="$artifact-$BEAM_VERSION.jar"
    url="$MAVEN/$artifact/$BEAM_VERSION/$jar"
    if [ ! -f "$JAR_DIR/$jar" ]; then
        curl -fsSL -o "$JAR_DIR/$jar.part" "$url"
        # Maven Central publishes a SHA-1 beside every file; refuse a mismatch.
        expected="$(curl -fsSL "$url.sha1" | cut -c1-40)"
        echo "$expected  $JAR_DIR/$jar.part" | sha1sum -c --quiet
        mv "$JAR_DIR/$jar.part" "$JAR_DIR/$jar"
    fi
    echo "$JAR_DIR/$jar"
done
