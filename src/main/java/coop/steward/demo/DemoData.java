package coop.steward.demo;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.account.RegisterAccountRequest;
import coop.steward.account.Role;
import coop.steward.common.concurrent.AllAtOnce;
import coop.steward.common.startup.StartupWork;
import coop.steward.grievance.Grievances;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.Payments;
import coop.steward.ledger.Sessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The clearly labelled demo dataset: loaded on the first development start with an empty database, never
 * in production. The sign-ins are documented in the README.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Requires(notEnv = "prod")
class DemoData {

    static final String PASSWORD = "steward-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    /** Workers whose demo records are written at once: enough to fill a group in each commit lane. */
    private static final int WRITERS = 8;

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo-worker", Role.WORKER, "en", "America/Chicago", "US-MO"),
            new DemoAccount("demo-organizer", Role.ORGANIZER, "en", "America/Chicago", "US-MO"),
            new DemoAccount("demo-vendor", Role.VENDOR, "en", "America/New_York", "US"),
            new DemoAccount("demo-admin", Role.ADMIN, "en", "UTC", "US"));

    private final AccountService accounts;
    private final DemoLedger ledger;
    private final DemoOrganizing organizing;
    private final DemoMembers members;
    private final DemoCampaigns campaigns;
    private final StartupWork startupWork;

    DemoData(StartupWork startupWork, AccountService accounts, Engagements engagements, Sessions sessions,
             Payments payments, Grievances grievances, DemoOrganizing organizing, DemoCampaigns campaigns, Clock clock) {
        this.startupWork = startupWork;
        this.accounts = accounts;
        this.ledger = new DemoLedger(engagements, sessions, payments, grievances, clock);
        this.organizing = organizing;
        this.members = new DemoMembers(engagements, sessions, payments, clock);
        this.campaigns = campaigns;
    }

    /**
     * Loads after the start (ADR 0032): it was a third of a first start's time, and nothing {@code /health} answers
     * for needs it; sign-in and sign-up wait for it ({@link StartupWork}), so the README's sign-ins work, and find
     * every demo record, as soon as {@code /health} answers.
     */
    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        URL url = event.getSource().getURL();
        startupWork.begin("demo dataset", () -> load(url));
    }

    private void load(URL url) {
        if (accounts.anyWithRole(Role.WORKER) || accounts.anyWithRole(Role.ADMIN)) {
            LOG.info("Steward is running at {}", url);
            return;
        }
        List<AccountService.Opening> openings = new ArrayList<>();
        for (DemoAccount demo : ACCOUNTS) {
            openings.add(new AccountService.Opening(new RegisterAccountRequest(demo.handle(), PASSWORD, demo.locale(),
                    demo.timeZone(), demo.jurisdiction()), demo.role()));
        }
        for (DemoMembers.Member member : DemoMembers.MEMBERS) {
            openings.add(new AccountService.Opening(new RegisterAccountRequest(member.handle(), PASSWORD, "en",
                    member.timeZone(), member.jurisdiction()), Role.WORKER));
        }
        List<AccountView> accountsOpened = accounts.openSharingOnePassword(openings);
        Map<Role, AccountView> opened = new EnumMap<>(Role.class);
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            opened.put(ACCOUNTS.get(i).role(), accountsOpened.get(i));
        }
        List<UUID> memberIds = new ArrayList<>();
        List<Runnable> ledgers = new ArrayList<>(List.of(() -> ledger.record(opened.get(Role.WORKER).id())));
        for (int i = 0; i < DemoMembers.MEMBERS.size(); i++) {
            UUID member = accountsOpened.get(ACCOUNTS.size() + i).id();
            int index = i;
            ledgers.add(() -> members.record(member, DemoMembers.MEMBERS.get(index), index));
            memberIds.add(member);
        }
        // Each worker's records on a thread of its own, as their phones would: one worker's stay in order, and the
        // commit lanes store different workers' writes in shared transactions (ADR 0032).
        AllAtOnce.run("the demo dataset", WRITERS, ledgers);
        AccountView organizer = opened.get(Role.ORGANIZER);
        String invitation = organizing.load(opened.get(Role.WORKER).id(), organizer.handle(), organizer.id(),
                opened.get(Role.VENDOR).id(), opened.get(Role.ADMIN).id(), memberIds);
        List<UUID> signers = new ArrayList<>(List.of(opened.get(Role.WORKER).id()));
        signers.addAll(memberIds.subList(0, Math.min(5, memberIds.size())));
        campaigns.load(organizer.id(), signers);
        StringBuilder banner = new StringBuilder()
                .append("\n  Steward is running at ").append(url)
                .append("\n  DEMO DATA loaded (development only). Sign in with any of these, password '")
                .append(PASSWORD).append("':");
        ACCOUNTS.forEach(demo -> banner.append("\n    ").append(String.format("%-16s %s", demo.handle(), demo.role())));
        banner.append("\n  demo-worker keeps six weeks of a Kansas City RLHF gig: ask it for an evidence pack.");
        banner.append("\n  ").append(memberIds.size()).append(" more demo workers (demo-trainer-01, demo-labeler-01, ...) count in")
                .append(" the union's dashboard at /org.");
        banner.append("\n  demo-organizer runs a campaign against Invisible Technologies that demo-worker and five")
                .append(" others co-signed.");
        banner.append("\n  demo-organizer runs the Kansas City Data Workers Union; a new worker joins with code ")
                .append(invitation).append('.');
        LOG.info(banner.toString());
    }

    private record DemoAccount(String handle, Role role, String locale, String timeZone, String jurisdiction) {
    }
}
