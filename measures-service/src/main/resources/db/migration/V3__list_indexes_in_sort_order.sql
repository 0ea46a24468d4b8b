-- The list is sorted by code unless the client asks otherwise. With the code as last key, the
-- common filters (intervention area or priority line, with or without status) read one page in
-- index order and count from the index alone, however many measures there are.
drop index measure_area;
drop index measure_priority_line;
create index measure_area on measure (intervention_area_code, status, code);
create index measure_priority_line on measure (priority_line_code, status, code);
