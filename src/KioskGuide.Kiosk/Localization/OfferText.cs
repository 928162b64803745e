using System.Globalization;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Kiosk.Session;

namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// An offer's texts in the citizen's language when the publisher translated them, else in Danish.
/// The *Language methods say which language a text really is in, for the lang attribute (WCAG 3.1.2),
/// so speech output pronounces Danish text as Danish inside an English screen.
/// </summary>
public static class OfferText
{
    public static string Name(Offer offer, string language) => Translation(offer, language)?.Name ?? offer.Name;

    public static string NameLanguage(Offer offer, string language) => Translation(offer, language)?.Name is null ? "da" : language;

    public static string Summary(Offer offer, string language) => Translation(offer, language)?.Summary ?? offer.Summary;

    public static string SummaryLanguage(Offer offer, string language) => Translation(offer, language)?.Summary is null ? "da" : language;

    public static string Description(Offer offer, string language) => Translation(offer, language)?.Description ?? offer.Description;

    public static string DescriptionLanguage(Offer offer, string language) => Translation(offer, language)?.Description is null ? "da" : language;

    public static string? JoinNote(Offer offer, string language) => Translation(offer, language)?.JoinNote ?? offer.JoinNote;

    public static string JoinNoteLanguage(Offer offer, string language) => Translation(offer, language)?.JoinNote is null ? "da" : language;

    /// <summary>The place's name in <paramref name="language"/> where it has one (e.g. "The Harbour House"), else as written.</summary>
    public static string PlaceName(OfferLocation place, string language) => Place(place, language)?.Name ?? place.Name;

    public static string PlaceNameLanguage(OfferLocation place, string language) => Place(place, language)?.Name is null ? "da" : language;

    public static string? HowToGetThere(OfferLocation place, string language) => Place(place, language)?.HowToGetThere ?? place.HowToGetThere;

    public static string HowToGetThereLanguage(OfferLocation place, string language) => Place(place, language)?.HowToGetThere is null ? "da" : language;

    public static string? AccessNote(OfferLocation place, string language) => Place(place, language)?.AccessNote ?? place.Access.Note;

    public static string AccessNoteLanguage(OfferLocation place, string language) => Place(place, language)?.AccessNote is null ? "da" : language;

    /// <summary>"Gratis", "40 kr." — short enough for a result card.</summary>
    public static string PriceShort(Offer offer, KioskSession session)
    {
        if (offer.Cost.IsFree)
        {
            return session.T(UiText.Free);
        }

        return offer.Cost.AmountDkk is decimal amount
            ? session.T(UiText.PriceKroner, amount.ToString("0.##", CultureInfo.GetCultureInfo("da-DK")))
            : CostDescription(offer, session.Language) ?? "";
    }

    public static string? CostDescription(Offer offer, string language) =>
        Translation(offer, language)?.CostDescription ?? offer.Cost.Description;

    public static string CostDescriptionLanguage(Offer offer, string language) =>
        Translation(offer, language)?.CostDescription is null ? "da" : language;

    /// <summary>The <see cref="UiText"/> key for how one joins.</summary>
    public static string Join(JoinMethod method) => method switch
    {
        JoinMethod.JustShowUp => UiText.JoinJustShowUp,
        JoinMethod.CallFirst => UiText.JoinCallFirst,
        JoinMethod.SignUp => UiText.JoinSignUp,
        JoinMethod.Referral => UiText.JoinReferral,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown join method."),
    };

    private static PlaceTranslation? Place(OfferLocation place, string language) =>
        language == "da" ? null : place.Translations.GetValueOrDefault(language);

    private static OfferTranslation? Translation(Offer offer, string language) =>
        language == "da" ? null : offer.Translations.GetValueOrDefault(language);
}
