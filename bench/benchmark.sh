#!/usr/bin/env bash
# IPT benchmark: cold start, memory and task throughput of the app as the run command starts it.
#
#   bench/benchmark.sh [--clients N] [--seconds S] [--warmup W] [--send-backs K]
#   bench/benchmark.sh --url http://127.0.0.1:8080/ [--clients N] [--seconds S]   (an instance already running)
#   bench/benchmark.sh --pages [--warmup W] [--rounds R] [--url ...]   (page times: every main page, logged in)
#
# Without --url it builds the app if needed, starts the launcher (embedded PostgreSQL + Payara Micro) on its
# own ports and a fresh data directory, measures, and stops everything again. With --pages the measurement is
# bench/PageTimes.java (W warm-up and R measured calls per page, median and max, > 300 ms flagged) instead of
# the task throughput. See bench/README.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

clients=8
seconds=30
warmup=10
send_backs=1
url=""
pages=false
rounds=15
warmup_given=false
http_port=${BENCH_HTTP_PORT:-18080}
pg_port=${BENCH_PG_PORT:-55499}
start_timeout=${BENCH_START_TIMEOUT:-300}

usage() {
    sed -n '4,6s/^# \{0,1\}//p' "$0"
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --clients) clients=${2:?}; shift 2 ;;
        --seconds) seconds=${2:?}; shift 2 ;;
        --warmup) warmup=${2:?}; warmup_given=true; shift 2 ;;
        --pages) pages=true; shift ;;
        --rounds) rounds=${2:?}; shift 2 ;;
        --send-backs) send_backs=${2:?}; shift 2 ;;
        --url) url=${2:?}; shift 2 ;;
        -h|--help) usage ;;
        *) echo "Unknown option: $1" >&2; usage ;;
    esac
done
# for pages the warm-up is a number of calls per page
if $pages && ! $warmup_given; then
    warmup=5
fi
for n in "$clients" "$seconds" "$warmup" "$send_backs" "$rounds"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "Not a number: $n" >&2; exit 2; }
done

load() { # run in a subshell: it becomes the load generator's JVM
    if $pages; then
        exec java bench/PageTimes.java --url "$1" --warmup "$warmup" --rounds "$rounds"
    fi
    exec java bench/TaskThroughput.java --url "$1" --clients "$clients" --seconds "$seconds" --warmup "$warmup" \
        --send-backs "$send_backs"
}

machine() {
    echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
}

if [[ -n $url ]]; then
    [[ $url =~ ^http://(127\.0\.0\.1|localhost)(:[0-9]+)?(/.*)?$ ]] \
        || { echo "--url must be a local instance, http://127.0.0.1:PORT/" >&2; exit 2; }
    machine
    (load "$url")
    echo "Load average after the load: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit
fi

war=ipt-web/target/ipt-web.war
micro=ipt-web/target/payara-micro.jar
launcher_jar=ipt-web/target/ipt-web-launcher.jar
classpath_file=bench/target/launcher.classpath
mkdir -p bench/target

# 1. Build (not part of any figure)
if [[ ! -f $war || ! -f $micro || ! -f $launcher_jar ]]; then
    echo "Building the app (./mvnw -B -q -pl ipt-web -am package -DskipTests) ..."
    ./mvnw -B -q -pl ipt-web -am package -DskipTests
fi
# The launcher's classpath as the run command has it (exec-maven-plugin, classpathScope compile), resolved
# once and kept until a pom changes.
if [[ ! -s $classpath_file ]] || [[ -n $(find . -name pom.xml -not -path '*/target/*' -newer "$classpath_file") ]]; then
    echo "Resolving the launcher classpath ..."
    resolve=(-B -q -pl ipt-web -am -DincludeScope=compile "-Dmdep.outputFile=$root/$classpath_file")
    # the sibling modules come from the local repository or, when they are not installed there, from a build
    ./mvnw "${resolve[@]}" dependency:build-classpath >/dev/null 2>&1 \
        || ./mvnw "${resolve[@]}" -DskipTests package dependency:build-classpath
fi

for port in "$http_port" "$pg_port"; do
    if ss -ltnH "sport = :$port" 2>/dev/null | grep -q .; then
        echo "Port $port is in use; choose others with BENCH_HTTP_PORT / BENCH_PG_PORT" >&2
        exit 1
    fi
done

# 2. Start, as the run command does, on our own ports and data directory
run_dir=$(mktemp -d "$root/bench/target/run.XXXXXX")
data_dir=$run_dir/pg
log=$run_dir/app.log
launcher_pid=""
payara_pid=""
load_pid=""

alive() { [[ -n $1 ]] && kill -0 "$1" 2>/dev/null; }

stop_pid() { # pid signal seconds: signal, wait, then SIGKILL
    local pid=$1 signal=$2 wait_s=$3 i
    alive "$pid" || return 0
    kill "-$signal" "$pid" 2>/dev/null || true
    for ((i = 0; i < wait_s * 10; i++)); do
        alive "$pid" || return 0
        sleep 0.1
    done
    echo "PID $pid did not stop in ${wait_s}s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$? postmaster=""
    trap - EXIT INT TERM
    set +e
    stop_pid "$load_pid" TERM 5
    # The launcher's shutdown hook stops Payara Micro and then the embedded PostgreSQL.
    stop_pid "$launcher_pid" TERM 60
    stop_pid "$payara_pid" TERM 20
    if [[ -f $data_dir/postmaster.pid ]]; then
        postmaster=$(head -1 "$data_dir/postmaster.pid")
        if alive "$postmaster" && grep -qF "$data_dir" "/proc/$postmaster/cmdline" 2>/dev/null; then
            stop_pid "$postmaster" INT 20 # fast shutdown
        fi
    fi
    if ((status != 0)) && [[ -f $log ]]; then
        echo "--- last lines of the app log ($log) ---" >&2
        tail -n 40 "$log" >&2
    fi
    rm -rf "$run_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ms_now() { echo $(( $(date +%s%N) / 1000000 )); }
seconds_since() { awk -v a="$1" -v b="$(ms_now)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

machine
echo "Starting IPT: HTTP 127.0.0.1:$http_port, embedded PostgreSQL on $pg_port, data in $data_dir"
started=$(ms_now)
(
    unset IPT_DB_URL IPT_DB_USER IPT_DB_PASSWORD IPT_CLUSTER
    export IPT_DATA_DIR=$data_dir IPT_PG_PORT=$pg_port IPT_HTTP_PORT=$http_port IPT_HTTP_ADDRESS=127.0.0.1
    export IPT_DEMO_DATA=${IPT_DEMO_DATA:-true}
    exec java -classpath "$launcher_jar:$(cat "$classpath_file")" no.ipt.launcher.Launcher \
        --war "$root/$war" --micro "$root/$micro"
) >"$log" 2>&1 &
launcher_pid=$!

health=http://127.0.0.1:$http_port/health/ready
db_ready=""
until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$health" || true) == 200 ]]; do
    if ! alive "$launcher_pid"; then
        wait "$launcher_pid" && rc=0 || rc=$?
        echo "The launcher exited (status $rc) before IPT was ready" >&2
        exit 1
    fi
    if [[ -z $payara_pid ]]; then
        payara_pid=$(pgrep -P "$launcher_pid" -f payara-micro.jar || true)
        [[ -n $payara_pid ]] && db_ready=$(seconds_since "$started")
    fi
    (( $(ms_now) - started < start_timeout * 1000 )) \
        || { echo "IPT was not ready after ${start_timeout}s" >&2; exit 1; }
    sleep 0.1
done
cold_start=$(seconds_since "$started")
[[ -n $payara_pid ]] || payara_pid=$(pgrep -P "$launcher_pid" -f payara-micro.jar)
rss_started=$(rss_mb "$payara_pid")
echo "Cold start: ${cold_start} s to the first 200 of /health/ready (PostgreSQL up and Payara Micro launched after ${db_ready:-?} s)"
echo "Payara Micro RSS after start: ${rss_started} MB (PID $payara_pid)"

# 4. Load. CPU time of Payara Micro and of PostgreSQL is taken when the measured part starts and ends.
postmaster=$(head -1 "$data_dir/postmaster.pid")
cpu_snapshot() { # "payara_ticks postgres_ticks": user+system, PostgreSQL's with its (ended) backends
    local pg=0 child
    pg=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
    for child in $(pgrep -P "$postmaster"); do
        pg=$((pg + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
    echo "$(awk '{ print $14 + $15 }' "/proc/$payara_pid/stat") $pg"
}
# (a process substitution rather than a pipe, so that a signal to this script is handled at once)
exec 3< <(load "http://127.0.0.1:$http_port/")
load_pid=$!
while IFS= read -r line <&3; do
    echo "$line"
    case $line in
        Measuring*) cpu_snapshot >"$run_dir/cpu.start" ;;
        Measured:*) cpu_snapshot >"$run_dir/cpu.end" ;;
        RESULT*) echo "$line" >"$run_dir/result" ;;
    esac
done
exec 3<&-
wait "$load_pid" || { echo "The load generator failed" >&2; exit 1; }
load_pid=""
if [[ -s $run_dir/cpu.start && -s $run_dir/cpu.end && -s $run_dir/result ]]; then
    read -r payara0 pg0 <"$run_dir/cpu.start"
    read -r payara1 pg1 <"$run_dir/cpu.end"
    tasks=$(sed -E 's/.* tasks=([0-9]+).*/\1/' "$run_dir/result")
    awk -v a="$((payara1 - payara0))" -v p="$((pg1 - pg0))" -v hz="$(getconf CLK_TCK)" -v n="$tasks" 'BEGIN {
        printf "CPU while measured: Payara Micro %.1f s, PostgreSQL %.1f s", a / hz, p / hz
        if (n > 0) printf "; per completed task %.0f ms + %.0f ms", 1000 * a / hz / n, 1000 * p / hz / n
        printf "\n" }'
fi

rss_loaded=$(rss_mb "$payara_pid")
echo "Payara Micro RSS after load: ${rss_loaded} MB (peak $(hwm_mb "$payara_pid") MB)"
echo "Load average after the load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "SUMMARY cold_start_s=$cold_start rss_start_mb=$rss_started rss_after_load_mb=$rss_loaded"
