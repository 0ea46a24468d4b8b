package nl.iat.measures.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.reference.Framework;
import nl.iat.measures.reference.InterventionArea;
import nl.iat.measures.reference.Language;
import nl.iat.measures.reference.PriorityLine;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.problem.ProblemException;

/** Frameworks with their intervention areas, and priority lines: read by all, added by admins. */
@ApplicationScoped
public class ReferenceDataService {

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    UniqueWrites unique;

    @Transactional
    public Page<FrameworkView> frameworks(Language language, PageRequest page) {
        return PanachePaging.page(Framework.<Framework>findAll(Sort.ascending("validFrom", "code")), page,
                f -> view(f, language));
    }

    @Transactional
    public FrameworkView framework(String code, Language language) {
        Framework framework = Framework.findById(code);
        if (framework == null) {
            throw ProblemException.notFound("Framework", code);
        }
        return view(framework, language);
    }

    @Transactional
    public Page<InterventionAreaView> interventionAreas(InterventionAreaFilter filter, Language language, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .equal("frameworkCode", "framework", QueryParams.text("frameworkCode", filter.frameworkCode, 60));
        return PanachePaging.page(InterventionArea.<InterventionArea>find(where.query(), Sort.ascending("frameworkCode", "number"),
                where.parameters()), page, a -> InterventionAreaView.of(a, language));
    }

    @Transactional
    public FrameworkView addFramework(FrameworkInput input, Language language) {
        if (input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
            throw ProblemException.invalid("validUntil", "must not be before validFrom");
        }
        requireDistinctAreas(input.interventionAreas());
        if (Framework.findById(input.code()) != null) {
            throw ProblemException.conflict("Framework " + input.code() + " already exists");
        }
        Framework framework = new Framework();
        framework.code = input.code();
        framework.nameNl = input.labels().nameNl();
        framework.nameEn = input.labels().nameEn();
        framework.descriptionNl = input.labels().descriptionNl();
        framework.descriptionEn = input.labels().descriptionEn();
        framework.validFrom = input.validFrom();
        framework.validUntil = input.validUntil();
        framework.parliamentaryPaper = input.parliamentaryPaper();
        framework.recordedAt = OffsetDateTime.now(clock);
        framework.recordedBy = actor.id();
        framework.persist();
        input.interventionAreas().forEach(area -> area(framework.code, area).persist());
        unique.flushOrConflict("Framework " + input.code() + " already exists");
        return view(framework, language);
    }

    @Transactional
    public Page<PriorityLineView> priorityLines(Language language, PageRequest page) {
        return PanachePaging.page(PriorityLine.<PriorityLine>findAll(Sort.ascending("number")), page,
                p -> PriorityLineView.of(p, language));
    }

    @Transactional
    public PriorityLineView priorityLine(String code, Language language) {
        PriorityLine line = PriorityLine.findById(code);
        if (line == null) {
            throw ProblemException.notFound("Priority line", code);
        }
        return PriorityLineView.of(line, language);
    }

    @Transactional
    public PriorityLineView addPriorityLine(PriorityLineInput input, Language language) {
        if (PriorityLine.findById(input.code()) != null) {
            throw ProblemException.conflict("Priority line " + input.code() + " already exists");
        }
        if (PriorityLine.count("number", input.number()) > 0) {
            throw ProblemException.conflict("A priority line with number " + input.number() + " already exists");
        }
        PriorityLine line = new PriorityLine();
        line.code = input.code();
        line.number = input.number();
        line.nameNl = input.labels().nameNl();
        line.nameEn = input.labels().nameEn();
        line.descriptionNl = input.labels().descriptionNl();
        line.descriptionEn = input.labels().descriptionEn();
        line.recordedAt = OffsetDateTime.now(clock);
        line.recordedBy = actor.id();
        line.persist();
        unique.flushOrConflict("Priority line " + input.code() + " or number " + input.number() + " already exists");
        return PriorityLineView.of(line, language);
    }

    private static FrameworkView view(Framework framework, Language language) {
        List<InterventionAreaView> areas = InterventionArea.<InterventionArea>find("frameworkCode", Sort.ascending("number"),
                framework.code).list().stream().map(a -> InterventionAreaView.of(a, language)).toList();
        return FrameworkView.of(framework, areas, language);
    }

    private static void requireDistinctAreas(List<FrameworkInput.Area> areas) {
        Set<String> codes = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            if (!codes.add(areas.get(i).code())) {
                throw ProblemException.invalid("interventionAreas[" + i + "].code", "occurs more than once");
            }
            if (!numbers.add(areas.get(i).number())) {
                throw ProblemException.invalid("interventionAreas[" + i + "].number", "occurs more than once");
            }
        }
    }

    private static InterventionArea area(String frameworkCode, FrameworkInput.Area input) {
        InterventionArea area = new InterventionArea();
        area.frameworkCode = frameworkCode;
        area.code = input.code();
        area.number = input.number();
        area.nameNl = input.labels().nameNl();
        area.nameEn = input.labels().nameEn();
        area.descriptionNl = input.labels().descriptionNl();
        area.descriptionEn = input.labels().descriptionEn();
        return area;
    }
}
