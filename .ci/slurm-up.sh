#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for tests/cli/slurm.test.ts: munge,
# slurmctld and slurmd from Debian's packages, talking over 127.0.0.1 only.
#
# Idempotent: packages already installed are not installed again; a slurm.conf
# that is not ours is left alone; daemons that answer are not started again;
# it ends when `sinfo` shows the node idle (or fails after SLURM_UP_WAIT seconds,
# default 120). Run as root (or with sudo). Nothing is stopped by it.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
wait_s="${SLURM_UP_WAIT:-120}"
say() { echo "slurm-up: $*" >&2; }

# 1. Packages.
missing=()
for c in slurmctld:slurmctld slurmd:slurmd sbatch:slurm-client munged:munge; do
  command -v "${c%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/${c%%:*}" ] || missing+=("${c#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Already up (a second run, or a machine that runs Slurm already)? Then nothing to do. The
# controller may still call a node idle whose slurmd has gone, so the daemon is looked for too.
if pgrep -x slurmd >/dev/null && timeout 10 sinfo -h -N -o '%N %t' 2>/dev/null | grep -Eq '^localhost (idle|mix|alloc)$'; then
  say "already up: $(sinfo -h -N -o '%N %t' | tr '\n' ' ')"
  exit 0
fi

# 2. Configuration: ours, unless someone else's is there.
conf=/etc/slurm/slurm.conf
marker="# written by newsfacts .ci/slurm-up.sh"
cpus="$(nproc)"
# A little under what the machine has: slurmd drains a node that has less than it says.
mem_mb="$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)"
if [ ! -e "$conf" ] || head -1 "$conf" | grep -qF "$marker"; then
  $sudo mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  $sudo tee "$conf" >/dev/null <<EOF
$marker
ClusterName=newsfacts-ci
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmctldPort=6817
SlurmdPort=6818
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
# Finished jobs stay visible to scontrol for 30 minutes: the tests read their exit codes there.
MinJobAge=1800
SlurmdTimeout=300
InactiveLimit=0
KillWait=30
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
  # No cgroup.conf: proctrack/linuxproc and task/none use no cgroups (slurmd 22.05 still loads
  # the plugin it detects; "CgroupPlugin=disabled" only exists from 23.02 on).
else
  say "$conf exists and is not ours: using it as it is"
fi

# 3. munge: a key, then the daemon (as the munge user, as its package runs it).
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey >/dev/null 2>&1 || [ -x /usr/sbin/mungekey ]; then
    $sudo /usr/sbin/mungekey --create --force
  else
    $sudo /usr/sbin/create-munge-key -f
  fi
fi
$sudo chown munge:munge /etc/munge/munge.key
$sudo chmod 400 /etc/munge/munge.key
$sudo mkdir -p /run/munge
$sudo chown munge:munge /run/munge
$sudo chmod 755 /run/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  say "starting munged"
  $sudo runuser -u munge -- /usr/sbin/munged
  for _ in $(seq 1 20); do
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
    sleep 0.5
  done
  munge -n | unmunge >/dev/null
fi

# 4. The controller, then the node daemon (named localhost, whatever the host is called).
if ! timeout 10 scontrol ping 2>/dev/null | grep -q 'is UP'; then
  say "starting slurmctld"
  $sudo /usr/sbin/slurmctld
fi
if ! pgrep -x slurmd >/dev/null; then
  say "starting slurmd"
  $sudo /usr/sbin/slurmd -N localhost
fi

# 5. Wait for the node to take jobs.
deadline=$((SECONDS + wait_s))
while :; do
  state="$(timeout 10 sinfo -h -N -o '%N %t' 2>/dev/null || true)"
  if echo "$state" | grep -Eq '^localhost (idle|mix|alloc)$'; then
    say "up: $state"
    exit 0
  fi
  # A node left down or drained by an earlier run comes back.
  if echo "$state" | grep -Eq '^localhost (down|drain|drng|unk)'; then
    $sudo scontrol update NodeName=localhost State=RESUME >/dev/null 2>&1 || true
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    say "the node is not idle after ${wait_s}s: '${state}'"
    say "slurmctld log:"; $sudo tail -20 /var/log/slurm/slurmctld.log >&2 || true
    say "slurmd log:"; $sudo tail -20 /var/log/slurm/slurmd.log >&2 || true
    exit 1
  fi
  sleep 1
done
