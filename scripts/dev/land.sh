#!/usr/bin/env bash
# Lands a worktree's branch on main when several developers share one clone (git worktrees):
#   bash scripts/dev/land.sh        (from a worktree, its changes committed)
# Rebases onto main, runs the checks CI runs on what changed (tsc for the project and the web
# page, prettier --check and eslint on the changed files), then fast-forwards main. Landings are
# serialised by a lock file beside the main worktree (TALLY_LAND_LOCK to put it elsewhere).
set -euo pipefail
branch=$(git rev-parse --abbrev-ref HEAD)
main_wt=$(git worktree list --porcelain | awk '/^worktree /{w=$2} /^branch refs\/heads\/main$/{print w; exit}')
[ -n "$main_wt" ] || { echo "land: no worktree has main checked out" >&2; exit 2; }
[ "$branch" != main ] || { echo "land: run from a worktree branch, not main" >&2; exit 2; }
[ -z "$(git status --porcelain --untracked-files=no)" ] || { echo "land: commit first (uncommitted changes)" >&2; exit 2; }
exec 9>"${TALLY_LAND_LOCK:-$main_wt/../.tally-land.lock}"
flock 9
git rebase -q main || { echo "land: rebase onto main failed; resolve (git rebase --continue) and run again" >&2; exit 1; }
changed=$(git diff --name-only --diff-filter=ACMR main...HEAD)
[ -n "$changed" ] || { echo "land: nothing to land"; exit 0; }
npx tsc --noEmit
npx tsc --noEmit -p web
files=$(echo "$changed" | grep -E '\.(ts|tsx|js|mjs|json|md|css|html)$' || true)
[ -z "$files" ] || npx prettier --check $files
lintfiles=$(echo "$changed" | grep -E '\.(ts|tsx|js|mjs)$' || true)
[ -z "$lintfiles" ] || npx eslint $lintfiles
git -C "$main_wt" merge --ff-only -q "$branch"
echo "land: main is now $(git -C "$main_wt" rev-parse --short HEAD)"
git -C "$main_wt" log --oneline -1
