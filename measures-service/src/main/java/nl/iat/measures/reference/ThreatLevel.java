package nl.iat.measures.reference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The threat level one edition of the Dreigingsbeeld Terrorisme Nederland set. */
@Entity
@Table(name = "threat_level")
public class ThreatLevel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dtn_edition")
    public int dtnEdition;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level")
    public ThreatLevelScale level;

    @Column(name = "parliamentary_paper")
    public String parliamentaryPaper;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The level in force on a date: that of the latest edition published on or before it. */
    public static Optional<ThreatLevel> inForceOn(LocalDate date) {
        return find("publishedOn <= ?1 order by publishedOn desc, dtnEdition desc", date).firstResultOptional();
    }
}
