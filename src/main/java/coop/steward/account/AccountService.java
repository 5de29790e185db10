package coop.steward.account;

import coop.steward.common.audit.AuditLog;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opens accounts and keeps their profiles and passwords. */
@Singleton
public class AccountService {

    static final ProblemType HANDLE_TAKEN =
            new ProblemType("handle-taken", HttpStatus.CONFLICT, "That handle is taken");

    private final AccountRepository accounts;
    private final LiveAccounts live;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher<TimeZoneChanged> zoneChanges;
    private final Clock clock;

    AccountService(AccountRepository accounts, LiveAccounts live, PasswordHasher hasher, RefreshTokens refreshTokens,
                   AuditLog audit, SignInThrottle throttle, ApplicationEventPublisher<TimeZoneChanged> zoneChanges,
                   Clock clock) {
        this.accounts = accounts;
        this.live = live;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.throttle = throttle;
        this.zoneChanges = zoneChanges;
        this.clock = clock;
    }

    @Transactional
    public AccountView register(RegisterAccountRequest request) {
        return open(request, Role.WORKER);
    }

    @Transactional
    public AccountView open(RegisterAccountRequest request, Role role) {
        String handle = acceptable(request);
        return open(handle, request, role, hasher.hash(request.password()));
    }

    /** An account to open and its role, for {@link #openSharingOnePassword}. */
    public record Opening(RegisterAccountRequest request, Role role) {
    }

    /**
     * Opens accounts that all sign in with the same password, deriving its hash once: the demo dataset's 22
     * Argon2 derivations (19 MiB of memory each) were a third of the first start's CPU and most of its heap growth.
     * The accounts share the hash's salt, which only a published, development-only password can afford.
     */
    @Transactional
    public List<AccountView> openSharingOnePassword(List<Opening> openings) {
        String password = openings.get(0).request().password();
        if (openings.stream().anyMatch(opening -> !opening.request().password().equals(password))) {
            throw new IllegalArgumentException("the accounts opened together must share one password");
        }
        List<String> handles = openings.stream().map(opening -> acceptable(opening.request())).toList();
        String hash = hasher.hash(password);
        List<AccountView> opened = new ArrayList<>();
        for (int i = 0; i < openings.size(); i++) {
            opened.add(open(handles.get(i), openings.get(i).request(), openings.get(i).role(), hash));
        }
        return opened;
    }

    /** The request's handle, normalized, once it is known to be free and the password acceptable for it. */
    private String acceptable(RegisterAccountRequest request) {
        String handle = Handles.normalize(request.handle());
        Passwords.requireAcceptable("password", request.password(), handle);
        if (accounts.existsByHandle(handle)) {
            throw new ProblemException(HANDLE_TAKEN, "Choose another handle",
                    List.of(new Violation("handle", "is taken")));
        }
        return handle;
    }

    private AccountView open(String handle, RegisterAccountRequest request, Role role, String passwordHash) {
        Instant now = Instants.now(clock);
        Account account = accounts.save(new Account(UuidV7.generate(clock), handle, passwordHash,
                role, request.locale(), request.timeZone(), request.jurisdiction(), now, now));
        audit.record(account.id(), role.inAudit(), "account.opened", "account", account.id());
        return account.view();
    }

    public Optional<AccountView> find(UUID id) {
        return accounts.findById(id).map(Account::view);
    }

    /** The account with this handle, however it was typed (handles are compared normalized). */
    public Optional<AccountView> findByHandle(String handle) {
        return accounts.findByHandle(Handles.normalize(handle)).map(Account::view);
    }

    public AccountView get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Account"));
    }

    public boolean anyWithRole(Role role) {
        return accounts.existsByRole(role);
    }

    @Transactional
    public AccountView updateProfile(UUID id, UpdateProfileRequest request) {
        Account account = accounts.findById(id).orElseThrow(() -> ProblemException.notFound("Account"));
        Account changed = account.withProfile(
                request.locale() != null ? request.locale() : account.locale(),
                request.timeZone() != null ? request.timeZone() : account.timeZone(),
                request.jurisdiction() != null ? request.jurisdiction() : account.jurisdiction(),
                Instants.now(clock));
        AccountView updated = accounts.update(changed).view();
        if (!changed.timeZone().equals(account.timeZone())) {
            // Heard inside this transaction: what is derived from the worker's days (rollups) is marked with it.
            zoneChanges.publishEvent(new TimeZoneChanged(id));
        }
        return updated;
    }

    /**
     * Erases the account and, through the database's cascades, every record it kept: ledger, chain, grievances,
     * attachments, packs, tokens. The password is asked again because a phone can be taken while signed in.
     */
    @Transactional
    public void erase(UUID id, String password) {
        Account account = accounts.findById(id).orElseThrow(() -> ProblemException.notFound("Account"));
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            throw ProblemException.invalid("password", "does not match the current password");
        }
        accounts.delete(account);
        live.erasing(id);
        throttle.clear(account.handle());
        audit.forget(id, "account.erased");
    }

    /** Changes the password and signs the account out everywhere else. */
    @Transactional
    public void changePassword(UUID id, ChangePasswordRequest request) {
        Account account = accounts.findById(id).orElseThrow(() -> ProblemException.notFound("Account"));
        if (!hasher.matches(request.currentPassword(), account.passwordHash())) {
            throw ProblemException.invalid("currentPassword", "does not match the current password");
        }
        Passwords.requireAcceptable("newPassword", request.newPassword(), account.handle());
        accounts.update(account.withPasswordHash(hasher.hash(request.newPassword()), Instants.now(clock)));
        refreshTokens.revokeAll(id);
        audit.record(id, account.role().inAudit(), "account.password-changed", "account", id);
    }
}
