# Sourced by ./play: the key of a start's first screen in line mode (README, Performance: first-screen snapshot).
# snapshot_key ARGS... sets snapshot_base (the jar, the story files, the day, the terminal and the environment a
# screen depends on), snapshot_args, snapshot_saves (each save's name and checksum line) and snapshot_slot (the
# snapshot's file name: the terminal, the options and the saves, so each of them keeps its own), or returns 1 for a start that keeps no snapshot (an option other than the everyday ones).
# The game computes snapshot_args and snapshot_saves the same way (app/ScreenSnapshot.java; FirstScreenKeyTest
# compares the two), so that at its end it can keep the screen the next start will draw.
# Needs: $here, $jar, $java_bin; bash 5 (EPOCHSECONDS). Forks: one stat, and stty size on a terminal.
# No snapshot either while another game holds the saves folder (its id in SAVES/.game.lock, from SafeFiles.claim).
snapshot_key() {
  local a arg story="$here/story" saves="$here/saves" stats day tty="--" size="-" f l1 l2 n=0
  [ "${CQ_FIRST_SCREEN:-on}" = on ] && [ -n "${EPOCHSECONDS:-}" ] || return 1
  for ((a = 1; a <= $#; a++)); do
    arg="${!a}"
    case "$arg" in
      --plain|--no-color|--ascii|--continue) ;;
      --story=*) story="${arg#*=}" ;;
      --saves=*) saves="${arg#*=}" ;;
      --seed=*|--load=*) ;;
      --story|--saves|--seed|--load)
        ((++a <= $#)) || return 1
        case "$arg" in
          --story) story="${!a}" ;;
          --saves) saves="${!a}" ;;
        esac ;;
      *) return 1 ;;
    esac
  done
  # A game playing with these saves now (its process id is in .game.lock while it holds the lock): this start will warn
  # that the saves are in use, which no kept screen shows, so it keeps and shows none. A stale id only costs that.
  local holder=""
  [ -s "$saves/.game.lock" ] && { IFS= read -r holder <"$saves/.game.lock" || true; }
  if [[ "$holder" =~ ^[0-9]+$ ]] && [ "$holder" != "$$" ] && kill -0 "$holder" 2>/dev/null; then
    return 1
  fi
  local LC_COLLATE=C
  shopt -s nullglob globstar
  local files=("$story"/**/*.story)
  shopt -u nullglob globstar
  [ "${#files[@]}" -gt 0 ] && [ "${#files[@]}" -le 500 ] || return 1
  # the system's time zone (dates on a screen), as the files that set it
  [ -e /etc/localtime ] && files+=(/etc/localtime)
  [ -e /etc/timezone ] && files+=(/etc/timezone)
  stats="$(stat -c '%s %.9Y %n' -- "$jar" "${files[@]}" 2>/dev/null)" || return 1
  [ -t 0 ] && tty="t${tty:1}"
  if [ -t 1 ]; then
    tty="${tty:0:1}t"
    size="$(stty size 2>/dev/null || echo -)"
  fi
  day=$((EPOCHSECONDS / 86400))
  snapshot_base="cq-first-screen 1
day $day
env TERM=${TERM:-} NO_COLOR=${NO_COLOR:-} CI=${CI+set} TZ=${TZ:-} LANG=${LANG:-} LC_ALL=${LC_ALL:-} LC_CTYPE=${LC_CTYPE:-}
jvm ${JAVA_TOOL_OPTIONS:-}|${JDK_JAVA_OPTIONS:-}|${_JAVA_OPTIONS:-}
tty $tty $size
java $java_bin
$stats"
  local IFS=$'\x1f'
  snapshot_args="args${IFS}$*"
  snapshot_saves="saves"
  shopt -s nullglob
  for f in "$saves"/*.json; do
    if ((++n > 64)); then
      shopt -u nullglob
      return 1
    fi
    l2=""
    { IFS= read -r l1 && IFS= read -r l2; } 2>/dev/null <"$f" || true
    snapshot_saves+=" ${f##*/}=$l2"
  done
  shopt -u nullglob
  local joined
  IFS=' '
  joined="tty $tty $size $* $snapshot_saves"
  snapshot_slot="s${joined//[^a-zA-Z0-9-]/_}"
  snapshot_slot="${snapshot_slot:0:200}"
}
