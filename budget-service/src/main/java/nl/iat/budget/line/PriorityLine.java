package nl.iat.budget.line;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One of the five priority lines of the extra money. Reference data owned by the
 * measures-service; this service keeps a seeded copy of the codes (ADR 0201).
 */
@Entity
@Table(name = "priority_line")
public class PriorityLine extends PanacheEntityBase {

    @Id
    public String code;

    public String label;
}
