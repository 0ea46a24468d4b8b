#!/usr/bin/env python3
"""Prints, as a pgbench script, the SQL one request ran: the transaction (BEGIN ... COMMIT of one
server process) in a PostgreSQL log excerpt whose statements match MARKER, its parameters
written in as literals. The excerpt must come from log_min_duration_statement = 0 (every statement
logged with its DETAIL parameters), the server's default log_line_prefix '%m [%p] %q%u@%d '.
Usage: capture_sql.py MARKER DATABASE < excerpt"""
import re
import sys

ENTRY = re.compile(r'^\S+ \S+ \S+ \[(\d+)\] \S+@(\S+) (LOG|DETAIL):\s+(.*)$')
STATEMENT = re.compile(r'duration: [\d.]+ ms\s+(?:statement|execute [^:]+): (.*)$', re.S)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def entries(lines, database):
    """(pid, kind, text) per log entry of the database; continuation lines joined to their entry."""
    current = None
    for line in lines:
        match = ENTRY.match(line.rstrip('\n'))
        if match:
            if current:
                yield current
            pid, db, kind, text = match.groups()
            current = (pid, kind, text) if db == database else None
        elif current:
            current = (current[0], current[1], current[2] + '\n' + line.rstrip('\n'))
    if current:
        yield current


def transactions(lines, database):
    """Per process, each BEGIN ... COMMIT as a list of statements with their parameters filled in."""
    open_ = {}
    for pid, kind, text in entries(lines, database):
        if kind == 'DETAIL':
            statements = open_.get(pid)
            if statements and text.startswith('parameters:') and statements[-1][1] is None:
                statements[-1] = (statements[-1][0], dict(PARAMETER.findall(text)))
            continue
        match = STATEMENT.search(text)
        if not match:
            continue
        sql = match.group(1).strip()
        if sql == 'BEGIN':
            open_[pid] = []
        elif sql == 'COMMIT' and pid in open_:
            yield [fill(s, p or {}) for s, p in open_.pop(pid)]
        elif pid in open_:
            open_[pid].append((sql, None))


def fill(sql, parameters):
    return re.sub(r'\$(\d+)\b', lambda m: parameters.get(m.group(1), m.group(0)), sql)


def main():
    marker, database = re.compile(sys.argv[1]), sys.argv[2]
    for statements in transactions(sys.stdin, database):
        if any(marker.search(s) for s in statements):
            print('BEGIN;')
            for statement in statements:
                print(statement.rstrip(';') + ';')
            print('COMMIT;')
            return
    sys.exit('no transaction matching ' + sys.argv[1])


if __name__ == '__main__':
    main()
