-- One database per service (DESIGN section 2).
create database measures;
create database budget;
create database reporting;
