# Shared by scripts/load and scripts/bench: build and start the packaged app, list the share URLs.
# shellcheck shell=bash

app_port=${PORT:-18080}
app_pid=

# The packaged jar, built when missing.
app_jar() {
  local jar
  for jar in target/liqo-peering-wizard-*.jar; do
    if [ -f "$jar" ]; then
      printf '%s\n' "$jar"
      return 0
    fi
  done
  ./mvnw -q -B -DskipTests package >&2
  for jar in target/liqo-peering-wizard-*.jar; do
    printf '%s\n' "$jar"
    return 0
  done
}

start_app() {
  local jar
  jar=$(app_jar)
  java -Xms256m -Xmx512m -jar "$jar" --server.port="$app_port" >target/app-under-load.log 2>&1 &
  app_pid=$!
  trap stop_app EXIT
  for _ in $(seq 1 120); do
    if curl -sf "http://localhost:$app_port/actuator/health" >/dev/null; then
      return 0
    fi
    sleep 0.5
  done
  echo "the app did not start; see target/app-under-load.log" >&2
  exit 1
}

stop_app() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
}

# Every accepted location x location x network with names and addresses: the share URL of its
# plan, its JSON and each of its files, one path per line.
share_urls() {
  local a b network query file
  for a in cloud onprem onprem-nat; do
    for b in cloud onprem onprem-nat; do
      for network in internet lan routed; do
        query="liqo=v0.3.2&network=$network&a.name=left&a.location=$a&a.address=203.0.113.10&b.name=right&b.location=$b&b.address=k8s.example.com&a.podCidr=10.42.0.0/16&a.serviceCidr=10.43.0.0/16&b.podCidr=10.44.0.0/16&b.serviceCidr=10.45.0.0/16"
        if ! curl -sf -o /dev/null "http://localhost:$app_port/api/plan?$query"; then
          continue
        fi
        printf '/plan?%s\n/api/plan?%s\n' "$query" "$query"
        for file in values-a.yaml values-b.yaml install-a.sh install-b.sh topology.svg bundle.zip; do
          printf '/plan/%s?%s\n' "$file" "$query"
        done
      done
    done
  done
}

# Used heap in KiB after a full collection.
heap_after_gc() {
  jcmd "$app_pid" GC.run >/dev/null
  jcmd "$app_pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -n 1
}
