package coop.steward.guideline.model;

import coop.steward.common.validation.Language;

import java.util.Map;

/**
 * The words around the worker's numbers in a finding's formula, in each language a pack is made in. The numbers,
 * dates, ISO weeks and money keep one spelling in every language, so a formula can be checked against the records.
 */
final class FormulaWords {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("reason.vendorOnly", "no worker record can measure this criterion; it is assessed from the vendor's answers"),
            Map.entry("reason.noRecords", "no records between {0} and {1} from which to measure {2}"),
            Map.entry("reason.allNotYetDue", "pay for every week worked between {0} and {1} is not yet due: {2}"),
            Map.entry("reason.noSessions", "no finished work sessions with any minutes between {0} and {1}"),
            Map.entry("reason.noFx", "no exchange rate to convert into {0} in force on {1}"),
            Map.entry("reason.noWage", "no {0} for {1} in force on {2}"),
            Map.entry("reason.noWageInArea", "no {0} for {1} (area {2}) in force on {3}"),
            Map.entry("ep.formula", "effective pay = net pay ÷ all hours = {0} ÷ {1} = {2}/h; threshold: {3}; "
                    + "back pay = Σ per ISO week max(0, threshold × all hours − net pay)"),
            Map.entry("ep.week", "; {0}: {1} for {2} h − {3} = {4}"),
            Map.entry("ep.fx", " (threshold converted at {0} {1} / {2} {3} per USD)"),
            Map.entry("ep.total", "; total back pay {0}"),
            Map.entry("ep.notYetDue", "; not yet due, so not counted: {0}"),
            Map.entry("ep.pendingWeek", "{0} ({1} h, payment promised by {2})"),
            Map.entry("ep.wageFrom", "{0} {1} from {2}"),
            Map.entry("ep.bar", "{0}/h over all hours"),
            Map.entry("wage.MINIMUM", "minimum wage"),
            Map.entry("wage.LIVING", "living wage"),
            Map.entry("precision.approximate", "approximate"),
            Map.entry("precision.unconfirmed", "unconfirmed"),
            Map.entry("share", "unpaid share = unpaid time ÷ all time = {0} ÷ {1} = {2}%"),
            Map.entry("hours.onboarding", "unpaid onboarding and training = {0} over {1} sessions"),
            Map.entry("hours.rejected", "unpaid rejected or disputed work = {0} over {1} sessions"),
            Map.entry("count.perTask", "per-task sessions without a time estimate = {0} of {1}"),
            Map.entry("count.exposure", "sessions with distressing or extreme content and no support = {0} of {1}"),
            Map.entry("delay.unpaid", "payment delay = day of assessment − promised payment date, still unpaid = "
                    + "{0} − {1} = {2} days late for the work of {3}"),
            Map.entry("delay.paid", "payment delay = (paid on − end of period paid for) − promised timeframe = "
                    + "({0} − {1} = {2} days) − {3} days = {4} days late"),
            Map.entry("agreed", "paid against agreed rate at {0} = gross received ÷ ({1}) = {2} ÷ {3} = {4}%"),
            Map.entry("agreed.hourly", "{0}/h × {1}"),
            Map.entry("agreed.perTask", "{0} per task × {1} tasks"),
            Map.entry("contract", "engagements worked without a written contract = {0} of {1}"));

    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("reason.vendorOnly", "aucun relevé du travailleur ne peut mesurer ce critère ; il est évalué d'après les réponses du prestataire"),
            Map.entry("reason.noRecords", "aucun relevé entre le {0} et le {1} permettant de mesurer {2}"),
            Map.entry("reason.allNotYetDue", "la paie de chaque semaine travaillée entre le {0} et le {1} n'est pas encore exigible : {2}"),
            Map.entry("reason.noSessions", "aucune session de travail terminée avec des minutes entre le {0} et le {1}"),
            Map.entry("reason.noFx", "aucun taux de change pour convertir en {0} en vigueur le {1}"),
            Map.entry("reason.noWage", "aucun {0} pour {1} en vigueur le {2}"),
            Map.entry("reason.noWageInArea", "aucun {0} pour {1} (zone {2}) en vigueur le {3}"),
            Map.entry("ep.formula", "rémunération effective = paie nette ÷ toutes les heures = {0} ÷ {1} = {2}/h ; "
                    + "seuil : {3} ; rappel de salaire = Σ par semaine ISO max(0, seuil × toutes les heures − paie nette)"),
            Map.entry("ep.week", " ; {0} : {1} pour {2} h − {3} = {4}"),
            Map.entry("ep.fx", " (seuil converti à {0} {1} / {2} {3} pour 1 USD)"),
            Map.entry("ep.total", " ; rappel de salaire total {0}"),
            Map.entry("ep.notYetDue", " ; pas encore exigible, donc non compté : {0}"),
            Map.entry("ep.pendingWeek", "{0} ({1} h, paiement promis au plus tard le {2})"),
            Map.entry("ep.wageFrom", "{0} {1} depuis le {2}"),
            Map.entry("ep.bar", "{0}/h sur toutes les heures"),
            Map.entry("wage.MINIMUM", "salaire minimum"),
            Map.entry("wage.LIVING", "salaire décent"),
            Map.entry("precision.approximate", "approximatif"),
            Map.entry("precision.unconfirmed", "non confirmé"),
            Map.entry("share", "part non payée = temps non payé ÷ temps total = {0} ÷ {1} = {2} %"),
            Map.entry("hours.onboarding", "intégration et formation non payées = {0} sur {1} sessions"),
            Map.entry("hours.rejected", "travail rejeté ou contesté non payé = {0} sur {1} sessions"),
            Map.entry("count.perTask", "sessions payées à la tâche sans estimation du temps = {0} sur {1}"),
            Map.entry("count.exposure", "sessions avec contenu choquant ou extrême sans soutien = {0} sur {1}"),
            Map.entry("delay.unpaid", "retard de paiement = jour de l'évaluation − date de paiement promise, toujours "
                    + "impayé = {0} − {1} = {2} jours de retard pour le travail du {3}"),
            Map.entry("delay.paid", "retard de paiement = (payé le − fin de la période payée) − délai promis = "
                    + "({0} − {1} = {2} jours) − {3} jours = {4} jours de retard"),
            Map.entry("agreed", "payé par rapport au taux convenu chez {0} = brut reçu ÷ ({1}) = {2} ÷ {3} = {4} %"),
            Map.entry("agreed.hourly", "{0}/h × {1}"),
            Map.entry("agreed.perTask", "{0} par tâche × {1} tâches"),
            Map.entry("contract", "missions effectuées sans contrat écrit = {0} sur {1}"));

    private static final Map<String, String> ES = Map.ofEntries(
            Map.entry("reason.vendorOnly", "ningún registro de la persona trabajadora puede medir este criterio; se evalúa con las respuestas del proveedor"),
            Map.entry("reason.noRecords", "no hay registros entre el {0} y el {1} con los que medir {2}"),
            Map.entry("reason.allNotYetDue", "el pago de cada semana trabajada entre el {0} y el {1} aún no es exigible: {2}"),
            Map.entry("reason.noSessions", "no hay sesiones de trabajo terminadas con minutos entre el {0} y el {1}"),
            Map.entry("reason.noFx", "no hay tipo de cambio para convertir a {0} vigente el {1}"),
            Map.entry("reason.noWage", "no hay {0} para {1} vigente el {2}"),
            Map.entry("reason.noWageInArea", "no hay {0} para {1} (zona {2}) vigente el {3}"),
            Map.entry("ep.formula", "pago efectivo = pago neto ÷ todas las horas = {0} ÷ {1} = {2}/h; umbral: {3}; "
                    + "pago atrasado = Σ por semana ISO máx(0, umbral × todas las horas − pago neto)"),
            Map.entry("ep.week", "; {0}: {1} por {2} h − {3} = {4}"),
            Map.entry("ep.fx", " (umbral convertido a {0} {1} / {2} {3} por USD)"),
            Map.entry("ep.total", "; pago atrasado total {0}"),
            Map.entry("ep.notYetDue", "; aún no exigible, por eso no se cuenta: {0}"),
            Map.entry("ep.pendingWeek", "{0} ({1} h, pago prometido a más tardar el {2})"),
            Map.entry("ep.wageFrom", "{0} {1} desde el {2}"),
            Map.entry("ep.bar", "{0}/h sobre todas las horas"),
            Map.entry("wage.MINIMUM", "salario mínimo"),
            Map.entry("wage.LIVING", "salario digno"),
            Map.entry("precision.approximate", "aproximado"),
            Map.entry("precision.unconfirmed", "no confirmado"),
            Map.entry("share", "parte no pagada = tiempo no pagado ÷ tiempo total = {0} ÷ {1} = {2} %"),
            Map.entry("hours.onboarding", "incorporación y capacitación no pagadas = {0} en {1} sesiones"),
            Map.entry("hours.rejected", "trabajo rechazado o impugnado no pagado = {0} en {1} sesiones"),
            Map.entry("count.perTask", "sesiones pagadas por tarea sin estimación de tiempo = {0} de {1}"),
            Map.entry("count.exposure", "sesiones con contenido perturbador o extremo sin apoyo = {0} de {1}"),
            Map.entry("delay.unpaid", "retraso del pago = día de la evaluación − fecha de pago prometida, aún sin "
                    + "pagar = {0} − {1} = {2} días de retraso por el trabajo del {3}"),
            Map.entry("delay.paid", "retraso del pago = (pagado el − fin del periodo pagado) − plazo prometido = "
                    + "({0} − {1} = {2} días) − {3} días = {4} días de retraso"),
            Map.entry("agreed", "pagado frente a la tarifa acordada en {0} = bruto recibido ÷ ({1}) = {2} ÷ {3} = {4} %"),
            Map.entry("agreed.hourly", "{0}/h × {1}"),
            Map.entry("agreed.perTask", "{0} por tarea × {1} tareas"),
            Map.entry("contract", "trabajos realizados sin contrato escrito = {0} de {1}"));

    private static final Map<String, String> SW = Map.ofEntries(
            Map.entry("reason.vendorOnly", "hakuna rekodi ya mfanyakazi inayoweza kupima kigezo hiki; kinatathminiwa kwa majibu ya mtoa huduma"),
            Map.entry("reason.noRecords", "hakuna rekodi kati ya {0} na {1} za kupima {2}"),
            Map.entry("reason.allNotYetDue", "malipo ya kila wiki iliyofanyiwa kazi kati ya {0} na {1} bado hayajafikia muda wa kulipwa: {2}"),
            Map.entry("reason.noSessions", "hakuna vipindi vya kazi vilivyokamilika vyenye dakika kati ya {0} na {1}"),
            Map.entry("reason.noFx", "hakuna kiwango cha kubadilisha fedha kuwa {0} kinachotumika tarehe {1}"),
            Map.entry("reason.noWage", "hakuna {0} kwa {1} tarehe {2}"),
            Map.entry("reason.noWageInArea", "hakuna {0} kwa {1} (eneo {2}) tarehe {3}"),
            Map.entry("ep.formula", "malipo halisi kwa saa = malipo baada ya makato ÷ saa zote = {0} ÷ {1} = {2}/saa; "
                    + "kiwango: {3}; malimbikizo ya mshahara = Σ kwa kila wiki ya ISO max(0, kiwango × saa zote − malipo baada ya makato)"),
            Map.entry("ep.week", "; {0}: {1} kwa saa {2} − {3} = {4}"),
            Map.entry("ep.fx", " (kiwango kimebadilishwa kwa {0} {1} / {2} {3} kwa USD 1)"),
            Map.entry("ep.total", "; jumla ya malimbikizo ya mshahara {0}"),
            Map.entry("ep.notYetDue", "; bado hayajafikia muda wa kulipwa, kwa hiyo hayahesabiwi: {0}"),
            Map.entry("ep.pendingWeek", "{0} (saa {1}, malipo yameahidiwa kufikia {2})"),
            Map.entry("ep.wageFrom", "{0} {1} tangu {2}"),
            Map.entry("ep.bar", "{0}/saa kwa saa zote"),
            Map.entry("wage.MINIMUM", "kima cha chini cha mshahara"),
            Map.entry("wage.LIVING", "mshahara wa kujikimu"),
            Map.entry("precision.approximate", "takriban"),
            Map.entry("precision.unconfirmed", "haijathibitishwa"),
            Map.entry("share", "sehemu isiyolipwa = muda usiolipwa ÷ muda wote = {0} ÷ {1} = {2}%"),
            Map.entry("hours.onboarding", "kuanza kazi na mafunzo bila malipo = {0} katika vipindi {1}"),
            Map.entry("hours.rejected", "kazi iliyokataliwa au kupingwa bila malipo = {0} katika vipindi {1}"),
            Map.entry("count.perTask", "vipindi vya malipo kwa kila kazi bila makadirio ya muda = {0} kati ya {1}"),
            Map.entry("count.exposure", "vipindi vyenye maudhui yanayosumbua au makali bila msaada = {0} kati ya {1}"),
            Map.entry("delay.unpaid", "kuchelewa kwa malipo = siku ya tathmini − tarehe ya malipo iliyoahidiwa, bado "
                    + "hayajalipwa = {0} − {1} = siku {2} za kuchelewa kwa kazi ya {3}"),
            Map.entry("delay.paid", "kuchelewa kwa malipo = (tarehe ya kulipwa − mwisho wa kipindi kilicholipiwa) − muda "
                    + "ulioahidiwa = ({0} − {1} = siku {2}) − siku {3} = siku {4} za kuchelewa"),
            Map.entry("agreed", "malipo dhidi ya kiwango kilichokubaliwa kwa {0} = jumla iliyopokelewa ÷ ({1}) = "
                    + "{2} ÷ {3} = {4}%"),
            Map.entry("agreed.hourly", "{0}/saa × {1}"),
            Map.entry("agreed.perTask", "{0} kwa kila kazi × kazi {1}"),
            Map.entry("contract", "kazi zilizofanywa bila mkataba wa maandishi = {0} kati ya {1}"));

    private static final Map<Language, Map<String, String>> BY_LANGUAGE =
            Map.of(Language.EN, EN, Language.FR, FR, Language.ES, ES, Language.SW, SW);

    private final Map<String, String> words;

    FormulaWords(Language language) {
        this.words = BY_LANGUAGE.get(language);
    }

    /** The phrase with {@code {0}}, {@code {1}}, … replaced by the arguments, in order. */
    String format(String key, Object... arguments) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no formula words for " + key);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    static Map<Language, Map<String, String>> all() {
        return BY_LANGUAGE;
    }
}
