/** An image the app imports from its own package, as the build turns it into a local URL. */
export default '/static/images/packaged-image.png'
