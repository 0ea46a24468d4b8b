package nl.iat.measures.reference;

import java.io.Serializable;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One intervention area of a framework, e.g. VERWERVEN of NCTS 2016-2020. */
@Entity
@Table(name = "intervention_area")
@IdClass(InterventionArea.Key.class)
public class InterventionArea extends PanacheEntityBase {

    @Id
    @Column(name = "framework_code")
    public String frameworkCode;

    @Id
    public String code;

    public int number;

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_nl")
    public String descriptionNl;

    @Column(name = "description_en")
    public String descriptionEn;

    public static Optional<InterventionArea> find(String frameworkCode, String code) {
        return find("frameworkCode = ?1 and code = ?2", frameworkCode, code).firstResultOptional();
    }

    public record Key(String frameworkCode, String code) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
