package nl.iat.measures.reference;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A counter-terrorism strategy that defines its own intervention areas. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_nl")
    public String descriptionNl;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "parliamentary_paper")
    public String parliamentaryPaper;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
