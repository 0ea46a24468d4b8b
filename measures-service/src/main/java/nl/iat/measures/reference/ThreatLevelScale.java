package nl.iat.measures.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A step of the DTN scale, 1 (minimaal) to 5 (kritiek). */
@Entity
@Table(name = "threat_level_scale")
public class ThreatLevelScale extends PanacheEntityBase {

    @Id
    public int level;

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "name_en")
    public String nameEn;
}
