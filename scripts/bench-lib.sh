# Helpers the benchmark scripts share; sourced, not run.

# CPU time (user + system) the process has used so far, in milliseconds.
cpu_ms() { echo $(( $(awk '{print $14 + $15}' "/proc/$1/stat") * 1000 / $(getconf CLK_TCK) )); }
